// Step 5: what support would need. In `check` this is a pointer to
// `keydoctor report`, which writes the redacted bundle.
import type { Finding } from '../core/types.js';

export function bundlePointer(name: string): Finding {
  return {
    code: 'bundle.pointer',
    severity: 'info',
    message: `For a redacted support-ticket bundle, run \`keydoctor report${name === 'stdin' ? '' : ` --env-var ${name}`}\`.`,
  };
}
