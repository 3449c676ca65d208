// Issue 20, the code after tuning round 28 measured on unseen ground: a collection numbered 36 (four collectors, four domains
// drawn at random: maps, geo, weather and transport; crypto exchanges and web3;
// social, media and streaming platforms; home automation, IoT and hardware), from sources no file of the project cites, labelled and committed before
// explain ran on them, and labelled again blind (text only). Collected at the same time as heldout35, on the code of
// 505d146; no rule read this batch. The model was trained without it. No rule may be tuned to it while it serves
// as the held-out measure; the figure is in fixtures/errors-heldout36/MEASURED.md. Every case is pinned by name
// (pinned-corpus.ts): misses today are in corpus-heldout36-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT36_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout36-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT36_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout36-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 65,
});
