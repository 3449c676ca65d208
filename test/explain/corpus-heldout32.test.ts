// Issue 20, the code after tuning round 26 measured on unseen ground: a thirty-second collection (four collectors, four domains
// drawn at random: maps, geo, weather and transport; data, ML and notebook
// platforms; productivity and collaboration; storage, files, documents and CMS), from sources no file of the project cites, labelled and committed before
// explain ran on them, and labelled again blind (text only). Collected at the same time as heldout31, while rounds 25-26
// were written; neither round read it. The model was trained without it. No rule may be tuned to it while it serves as
// the held-out measure; the figure is in fixtures/errors-heldout32/MEASURED.md. Every case is pinned by name
// (pinned-corpus.ts): misses today are in corpus-heldout32-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT32_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout32-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT32_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout32-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 40,
});
