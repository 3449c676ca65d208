// Issue 20, the next honest figure: a tenth collection (133 texts from three collectors: data and ML platforms,
// utility APIs, forums and Q&A pages), gathered during tuning round 9, from sources no file of the project cites,
// labelled and committed before explain ran on them, and labelled again blind (text only). No rule may be tuned to it
// while it serves as the held-out measure; the figure is in fixtures/errors-heldout10/MEASURED.md. Every case is
// pinned by name (pinned-corpus.ts): misses today are in corpus-heldout10-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT10_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout10-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT10_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout10-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 130,
});
