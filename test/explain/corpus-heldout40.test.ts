// Issue 20, the code after tuning round 30 measured on unseen ground: a collection numbered 40 (four collectors, four domains
// drawn at random: databases, BaaS and search; data, ML and notebook
// platforms; CI/CD, hosting and cloud infrastructure; productivity and collaboration), from sources no file of the project cites, labelled and committed before
// explain ran on them, and labelled again blind (text only). Collected at the same time as heldout39, after round 30
// was written; no rule read this batch. The model was trained without it. No rule may be tuned to it while it serves
// as the held-out measure; the figure is in fixtures/errors-heldout40/MEASURED.md. Every case is pinned by name
// (pinned-corpus.ts): misses today are in corpus-heldout40-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT40_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout40-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT40_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout40-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 50,
});
