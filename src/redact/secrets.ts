// The one policy for which values are secrets, used by every command (check,
// report, compare, trace, explain, and the last-resort error path): registered
// for the one redaction pass at the output edge. A value is a secret when its
// name says so (KEY, TOKEN, SECRET, PASSWORD…), when a provider reads it under
// that name, when its shape is a known key's, or when it is an unknown long
// token that mixes letters and digits (a key nobody named). Paths, URLs
// without credentials and the ordinary settings of a shell (PWD, HOME, PATH,
// LANG…) are not: masking them turned `cannot write /home/me/app/reports`
// into `cannot write [REDACTED /home…]/reports`.
import { PROBES } from '../probes/index.js';
import type { Probe } from '../probes/types.js';
import type { Redactor } from './redactor.js';

const SECRET_NAME = /(^|_)(API_?)?KEY(S)?($|_)|TOKEN|SECRET|PASSWORD|PASSWD|_PWD$|CREDENTIAL|AUTH|PRIVATE/i;
const NOT_SECRET_NAME = /(_URL|_HOST|_ENDPOINT|_SITE|_REGION|_VERSION|_ID|_PATH|_DIR|_HOME|_FILE)$/i;
/** A shell's, a terminal's and a CI runner's ordinary settings. */
const ORDINARY = /^(PWD|OLDPWD|HOME|PATH|SHELL|TERM|TERM_\w+|COLORTERM|LANG|LANGUAGE|LC_\w+|USER|LOGNAME|HOSTNAME|TMPDIR|TEMP|TMP|EDITOR|VISUAL|PAGER|MANPATH|INFOPATH|DISPLAY|XDG_\w+|SSH_AUTH_SOCK|SHLVL|_|NODE_ENV|NODE_OPTIONS|NODE_EXTRA_CA_CERTS|NVM_\w+|npm_\w+|GITHUB_(REPOSITORY|REPOSITORY_OWNER|WORKSPACE|SHA|REF|REF_NAME|HEAD_REF|BASE_REF|RUN_ID|RUN_NUMBER|RUN_ATTEMPT|SERVER_URL|API_URL|GRAPHQL_URL|ACTOR|WORKFLOW|JOB|EVENT_NAME|EVENT_PATH|ENV|OUTPUT|STEP_SUMMARY|PATH|STATE|ACTION\w*)|RUNNER_\w+|CI_\w+|CIRCLE_\w+)$/;
const PATHLIKE = /^(~|\.{0,2}\/|[A-Za-z]:[\\/])[^\s]*$|^[^\s]*\/[^\s]*\/[^\s]*$/;
const URL_WITHOUT_USERINFO = /^[a-z][a-z0-9+.-]*:\/\/[^@\s/]+(\/[^\s]*)?$/i;

/** Whether `value`, set as `name`, is a secret to mask. */
export function isSecret(name: string, value: string | undefined, probes: readonly Probe[] = PROBES): boolean {
  if (!value || !value.trim()) return false;
  const v = value.trim();
  if (probes.some((p) => p.envVars.includes(name))) return true;
  if (probes.some((p) => p.keyFormats.some((f) => f.pattern.test(v)))) return true;
  if (NOT_SECRET_NAME.test(name) || ORDINARY.test(name)) return false;
  if (SECRET_NAME.test(name)) return true;
  if (URL_WITHOUT_USERINFO.test(v) || PATHLIKE.test(v)) return false;
  // A key nobody named: one long token of letters and digits (no spaces, both kinds of character).
  return v.length >= 16 && !/\s/.test(v) && /[A-Za-z]/.test(v) && /\d/.test(v);
}

/** Register `value` if the policy says it is a secret. */
export function registerSecret(name: string, value: string | undefined, redactor: Redactor, probes: readonly Probe[] = PROBES): void {
  if (isSecret(name, value, probes)) redactor.add(value);
}

/** Every secret of the environment (and the formats' public parts, which are no secret). */
export function registerEnvSecrets(env: Record<string, string | undefined>, redactor: Redactor, probes: readonly Probe[] = PROBES): void {
  // The formats' constant prefixes are no secret: a run of a key lying inside one is left as it is.
  redactor.useFormats(probes.flatMap((p) => p.keyFormats));
  for (const [k, v] of Object.entries(env)) registerSecret(k, v, redactor, probes);
}
