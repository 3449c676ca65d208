// Issue 20, the code of 2847b60 (after tuning round 74) measured on unseen ground: a small collection numbered 92, taken
// only from the providers keydoctor ships a probe for, from GitHub threads in two corners no earlier batch searched
// (mobile build and release automation; reference managers and academic writing tools), the session's last look-ups,
// from threads no file of the project cites, labelled and committed before explain ran on them, and labelled again blind
// (text only). No rule read this batch and the model was trained without it. No rule may be tuned to it while it serves
// as the held-out measure; the figure is in fixtures/errors-heldout92/MEASURED.md.
// Every case is pinned by name (pinned-corpus.ts): misses today are in corpus-heldout92-pins.ts. UPDATE_PINS=1 rewrites
// the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT92_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout92-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT92_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout92-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 5,
});
