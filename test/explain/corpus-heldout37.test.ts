// Issue 20, the code after tuning round 29 measured on unseen ground: a collection numbered 37 (four collectors, four domains
// drawn at random: observability, analytics and incident tools; payments, commerce and shipping;
// identity, SSO and auth providers; AI providers and AI tooling), from sources no file of the project cites, labelled and committed before
// explain ran on them, and labelled again blind (text only). Collected at the same time as heldout38, while round 29
// was written from heldout35-36; it did not read this batch. The model was trained without it. No rule may be tuned to
// it while it serves as the held-out measure; the figure is in fixtures/errors-heldout37/MEASURED.md. Every case is
// pinned by name (pinned-corpus.ts): misses today are in corpus-heldout37-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT37_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout37-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT37_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout37-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 50,
});
