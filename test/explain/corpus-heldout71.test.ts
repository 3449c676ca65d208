// Issue 20, the code after tuning round 52 with the learned guess retrained through heldout70 (e7dc6e3) measured on
// unseen ground: a collection numbered 71, taken only from the providers keydoctor ships a probe for, from GitHub threads
// in eight corners no earlier batch searched (eight collectors: CMS and e-commerce plugins, serverless and edge functions,
// LLM gateways and chat front-ends, voice and realtime agents, git clients and registries, AI coding agents and CLIs,
// e-mail sending, secret managers and injection), weighted as the issue asks to insufficient_permissions,
// tenant_mismatch and malformed_key, from threads no file of the project cites, labelled and committed before explain ran
// on them, and labelled again blind (text only). No rule read this batch and the model was trained without it. No rule
// may be tuned to it while it serves as the held-out measure; the figure is in fixtures/errors-heldout71/MEASURED.md.
// Every case is pinned by name (pinned-corpus.ts): misses today are in corpus-heldout71-pins.ts. UPDATE_PINS=1 rewrites
// the list.
import { join } from 'node:path';
import { CORPUS_HELDOUT71_DIR } from './corpus.js';
import { MISSES } from './corpus-heldout71-pins.js';
import { describePinnedCorpus } from './pinned-corpus.js';

describePinnedCorpus({
  dir: CORPUS_HELDOUT71_DIR,
  pinsFile: join(import.meta.dirname, 'corpus-heldout71-pins.ts'),
  misses: MISSES,
  testFile: import.meta.filename,
  minCases: 63,
});
