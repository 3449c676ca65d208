import { createRequire } from 'node:module';

// Read once from package.json so `--version` and reports never drift from the release.
export const VERSION: string = (createRequire(import.meta.url)('../package.json') as { version: string }).version;
