// Issue 20, the code after tuning round 31 measured on unseen ground: a collection numbered 41 (four collectors, four domains
// drawn at random: observability, analytics and incident tools; social, media and streaming
// platforms; payments, commerce and shipping; mobile, push and app stores), from sources no file of the project cites, labelled and committed before
// explain ran on them, and labelled again blind (text only). Collected at the same time as heldout42, after round 31
// was written; no rule read this batch. The model was trained without it. No rule may be tuned to it while it serves
// as the held-out measure; the figure is in fixtures/errors-heldout41/MEASURED.md. Every case is pinned by name
// (pinned-corpus.ts): misses today are in corpus-heldout41-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT41_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout41-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT41_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout41-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 35,
});
