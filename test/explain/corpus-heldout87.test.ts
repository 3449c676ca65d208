// Issue 20, the code of c592841 (tuning round 71) measured on unseen ground: a collection numbered 87, taken only from the
// providers keydoctor ships a probe for, from GitHub threads in six corners no earlier batch searched (API clients,
// developer portals, ERP and CRM software, security tooling, data annotation, video and creator tools), from threads no
// file of the project cites, labelled and committed before explain ran on them, and labelled again blind (text only). No
// rule read this batch and the model was trained without it. No rule may be tuned to it while it serves as the held-out
// measure; the figure is in fixtures/errors-heldout87/MEASURED.md.
// Every case is pinned by name (pinned-corpus.ts): misses today are in corpus-heldout87-pins.ts. UPDATE_PINS=1 rewrites
// the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT87_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout87-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT87_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout87-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 37,
});
