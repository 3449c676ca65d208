// Service vocabulary, group "commerce": see types.ts. Each rule cites the service's own documentation.
import type { ServiceWords } from './types.js';

export const COMMERCE: ServiceWords[] = [];
