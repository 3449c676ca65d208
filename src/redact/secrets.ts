// Which values read from the environment or the project's .env files are
// secrets, registered for the one redaction pass at the output edge (check,
// report and compare all register through here): a value whose name or shape
// looks secret.
import type { Probe } from '../probes/types.js';
import type { Redactor } from './redactor.js';

const SECRET_NAME = /(^|_)(API_?)?KEY(S)?($|_)|TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIAL|AUTH|PRIVATE/i;
const NOT_SECRET = /(_URL|_HOST|_ENDPOINT|_SITE|_REGION|_VERSION|_ID)$|^(OLD)?PWD$/i;

/** Register `value` if `name` or its shape says it is a secret. */
export function registerSecret(name: string, value: string | undefined, redactor: Redactor, probes: readonly Probe[]): void {
  if (!value) return;
  const known = probes.some((p) => p.envVars.includes(name));
  if (NOT_SECRET.test(name) && !known) return;
  if (SECRET_NAME.test(name) || known || probes.some((p) => p.keyFormats.some((f) => f.pattern.test(value.trim())))) redactor.add(value);
}

export function registerEnvSecrets(env: Record<string, string | undefined>, redactor: Redactor, probes: readonly Probe[]): void {
  // The formats' constant prefixes are no secret: a run of a key lying inside one is left as it is.
  redactor.useFormats(probes.flatMap((p) => p.keyFormats));
  for (const [k, v] of Object.entries(env)) registerSecret(k, v, redactor, probes);
}
