// Issue 20, the code of abe6e28 (4a18fa8's rules and model; heldout89 committed, not read) measured on unseen ground: a
// collection numbered 90, taken only from the providers keydoctor ships a probe for, from GitHub threads in six corners
// no earlier batch searched (ChatOps bots, chat bridges, README stats cards and profile generators, cloud development
// environments, learning-management and grading tools, trading and finance bots), from threads no file of the project
// cites, labelled and committed before explain ran on them, and labelled again blind (text only). No rule read this batch
// and the model was trained without it. No rule may be tuned to it while it serves as the held-out measure; the figure
// is in fixtures/errors-heldout90/MEASURED.md.
// Every case is pinned by name (pinned-corpus.ts): misses today are in corpus-heldout90-pins.ts. UPDATE_PINS=1 rewrites
// the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT90_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout90-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT90_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout90-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 52,
});
