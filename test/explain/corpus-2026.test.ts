// Issue 20: explain on errors it has never seen. The texts in fixtures/errors-2026
// were collected apart from the project's own corpus (fixtures/errors) so that no
// rule is tuned to them; this test measures explain on them and pins every case by
// name (pinned-corpus.ts). A case that misses today is listed in corpus-2026-pins.ts
// with the answer explain gives now. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_2026_DIR } from './corpus.js';
import { MISSES } from './corpus-2026-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_2026_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-2026-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 150,
});
