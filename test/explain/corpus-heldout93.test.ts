// Issue 20, the code of c008288 (after tuning round 76 and its rereads) measured on unseen ground: a collection numbered
// 93, taken only from the providers keydoctor ships a probe for, from GitHub threads in seven corners no earlier batch
// searched (PHP and Ruby packages, media servers, object-storage clients, feed bots, creative tools' plugins, Streamlit and
// Spaces demos), from threads no file of the project cites, labelled and committed before explain ran on them, and labelled
// again blind (text only). No rule read this batch and the model was trained without it. No rule may be tuned to it while it
// serves as the held-out measure; the figure is in fixtures/errors-heldout93/MEASURED.md.
// Every case is pinned by name (pinned-corpus.ts): misses today are in corpus-heldout93-pins.ts. UPDATE_PINS=1 rewrites
// the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT93_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout93-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT93_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout93-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 49,
});
