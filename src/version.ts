import pkg from '../package.json' with { type: 'json' };

// Inlined by the bundler, so `--version` and reports never drift from the release and cost no file read.
export const VERSION: string = pkg.version;
