// Issue 20, the code of b002565 (after tuning rounds 80-82, written from heldout97-98; the guess as trained through
// heldout95) measured on unseen ground: a collection numbered 100, taken only from the providers keydoctor ships a probe
// for, from GitHub threads in eight corners no earlier batch searched (launcher extensions; design-tool plugins; code
// search servers; media servers; meeting bots and transcribers; social-media schedulers; API gateways and reverse
// proxies; Linux distribution and app-store packaging), from threads no file of the project cites, labelled and committed
// before explain ran on them, and labelled again blind (text only). No rule may be tuned to it while it serves as the
// held-out measure; the figure is in fixtures/errors-heldout100/MEASURED.md. Every case is pinned by name
// (pinned-corpus.ts): misses today are in corpus-heldout100-pins.ts. UPDATE_PINS=1 rewrites the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT100_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout100-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT100_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout100-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 45,
});
