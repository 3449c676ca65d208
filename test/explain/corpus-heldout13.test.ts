// Issue 20, the next honest figure: a thirteenth collection (210 texts from four collectors: databases and BaaS, developer
// tools and registries, storage and files, business SaaS), gathered during tuning round 12, from sources no
// file of the project cites, labelled and committed before explain ran on them, and labelled again blind (text only).
// No rule may be tuned to it while it serves as the held-out measure; the figure is in
// fixtures/errors-heldout13/MEASURED.md. Every case is pinned by name (pinned-corpus.ts): misses today are in
// corpus-heldout13-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT13_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout13-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT13_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout13-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 200,
});
