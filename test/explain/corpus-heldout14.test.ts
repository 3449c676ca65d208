// Issue 20, the measure of the service vocabulary: a fourteenth collection (CI/CD and cloud hosting, AI providers and
// tools, productivity and collaboration, mobile and push: domains drawn at random after the vocabulary's services were
// fixed), gathered while src/explain/vocab was written, from sources no file of the project cites, labelled and
// committed before explain ran on them, and labelled again blind (text only). No rule may be tuned to it while it
// serves as the held-out measure; the figure is in fixtures/errors-heldout14/MEASURED.md. Every case is pinned by name
// (pinned-corpus.ts): misses today are in corpus-heldout14-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT14_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout14-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT14_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout14-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 180,
});
