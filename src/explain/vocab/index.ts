// The service vocabulary: every group's services. Data only (src/explain/service-words.ts reads it), built into its
// own bundle so that commands other than explain never load it.
import type { ServiceWords } from './types.js';
import { BUSINESS } from './business.js';
import { COMMERCE } from './commerce.js';
import { CONSUMER } from './consumer.js';
import { DEVDATA } from './devdata.js';
import { INFRA } from './infra.js';

export type { ServiceWords } from './types.js';

/** Every service in the vocabulary, group by group. */
export const SERVICES: readonly ServiceWords[] = [...COMMERCE, ...CONSUMER, ...BUSINESS, ...DEVDATA, ...INFRA];
