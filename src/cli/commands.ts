// Everything a command needs beyond the entry (main.ts): commander, the error
// types, and each command's module, loaded only when that command runs. The
// build makes this file its own bundle (dist/commands.cjs), which the entry
// loads through V8's code cache (src/boot/load-bundle.ts).
export { Command, CommanderError } from 'commander';
export { UsageError } from '../core/errors.js';
export { Redactor } from '../redact/redactor.js';
export { registerEnvSecrets } from '../redact/secrets.js';
export { shutdown } from '../net/lifecycle.js';
export { storeMissingCaches } from '../boot/load-bundle.js';
export { guardText, oneLine } from '../render/sanitize.js';

export const commandModules = {
  check: () => import('./check.js'),
  demo: () => import('./demo.js'),
  trace: () => import('./trace.js'),
  explain: () => import('./explain.js'),
  compare: () => import('./compare.js'),
  report: () => import('./report.js'),
  providers: () => import('./providers.js'),
  completion: () => import('./completion.js'),
};
