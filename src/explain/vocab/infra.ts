// Service vocabulary, group "infra": see types.ts. Each rule cites the service's own documentation.
import type { ServiceWords } from './types.js';

export const INFRA: ServiceWords[] = [];
