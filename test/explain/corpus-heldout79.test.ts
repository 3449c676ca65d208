// Issue 20, the code after tuning rounds 59–65 with the learned guess retrained through heldout78 (7752f16) measured on
// unseen ground: a tiny collection numbered 79, the session's last look-ups, from English Q&A pages no file of the
// project cites, labelled and committed before explain ran on them, and labelled again blind (text only). No rule read
// this batch and the model was trained without it. No rule may be tuned to it while it serves as the held-out measure;
// the figure is in fixtures/errors-heldout79/MEASURED.md.
// Every case is pinned by name (pinned-corpus.ts): misses today are in corpus-heldout79-pins.ts. UPDATE_PINS=1 rewrites
// the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT79_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout79-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT79_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout79-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 2,
});
