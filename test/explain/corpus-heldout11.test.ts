// Issue 20, the next honest figure: an eleventh collection (156 texts from three collectors: mobile, push and
// analytics; e-commerce and CMS plugins; identity and workspace APIs), gathered during tuning round 10, from sources no
// file of the project cites, labelled and committed before explain ran on them, and labelled again blind (text only).
// No rule may be tuned to it while it serves as the held-out measure; the figure is in
// fixtures/errors-heldout11/MEASURED.md. Every case is pinned by name (pinned-corpus.ts): misses today are in
// corpus-heldout11-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT11_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout11-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT11_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout11-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 150,
});
