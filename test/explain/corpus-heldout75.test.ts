// Issue 20, the code after tuning rounds 53–57 (f546cc9) measured on unseen ground: a small collection numbered 75, taken
// only from the providers keydoctor ships a probe for, from GitHub threads opened in 2026 and from cookbooks and official
// examples, from threads no file of the project cites, labelled and committed before explain ran on them, and labelled
// again blind (text only). No rule read this batch and the model was trained without it. No rule may be tuned to it while
// it serves as the held-out measure; the figure is in fixtures/errors-heldout75/MEASURED.md.
// Every case is pinned by name (pinned-corpus.ts): misses today are in corpus-heldout75-pins.ts. UPDATE_PINS=1 rewrites
// the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT75_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout75-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT75_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout75-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 5,
});
