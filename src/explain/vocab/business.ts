// Service vocabulary, group "business": see types.ts. Each rule cites the service's own documentation.
import type { ServiceWords } from './types.js';

export const BUSINESS: ServiceWords[] = [];
