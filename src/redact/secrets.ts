// Every value read from the environment or the dotenv files whose name or
// shape looks secret, registered for the one redaction pass at the output edge
// (check, report and compare all register through here).
import type { Probe } from '../probes/types.js';
import type { Redactor } from './redactor.js';
import type { Project } from '../sources/project.js';

const SECRET_NAME = /(^|_)(API_?)?KEY(S)?($|_)|TOKEN|SECRET|PASSWORD|PASSWD|PWD|CREDENTIAL|AUTH|PRIVATE/i;
const NOT_SECRET = /(_URL|_HOST|_ENDPOINT|_SITE|_REGION|_VERSION|_ID)$|^(OLD)?PWD$/i;

export function registerProjectSecrets(project: Project, redactor: Redactor, probes: readonly Probe[]): void {
  // The formats' constant prefixes are no secret: a run of a key lying inside one is left as it is.
  redactor.useFormats(probes.flatMap((p) => p.keyFormats));
  const known = (name: string) => probes.some((p) => p.envVars.includes(name));
  const consider = (name: string, value: string | undefined) => {
    if (!value) return;
    if (NOT_SECRET.test(name) && !known(name)) return;
    if (SECRET_NAME.test(name) || known(name) || probes.some((p) => p.keyFormats.some((f) => f.pattern.test(value.trim())))) redactor.add(value);
  };
  for (const [k, v] of Object.entries(project.env)) consider(k, v);
  for (const f of project.files) for (const [k, v] of Object.entries(f.values)) consider(k, v);
}
