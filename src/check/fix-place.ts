// Fix = cause × source. "Copy the key again from the console" is the right
// advice only if the person then knows where to put it. When the value itself
// is wrong, the first fix names the place to change: the file and line that
// won, the shell start-up line with the `unset` to run now, the CI secret's
// settings page, the Kubernetes Secret and how to recreate it without a
// newline. When a shadowed definition holds another value, it says how to
// make that one win. When the key is fine but its account is not, the
// provider's console comes first and the place to update after: the new key's
// place for a dead user or a missing permission, the setting's line for a
// mismatched organisation, nothing for credits or a refused country.
import type { KeyResult } from '../core/result.js';
import type { Category, Definition } from '../core/types.js';
import { where } from '../core/location.js';

/** Categories where the value is the problem: change what is defined. */
const VALUE_PROBLEMS: ReadonlySet<Category> = new Set<Category>(['malformed_key', 'invalid_key', 'revoked_or_expired', 'wrong_provider', 'wrong_environment']);
/** Categories where the key is fine but its account is not: the console first, then the place. */
const ACCOUNT_PROBLEMS: ReadonlySet<Category> = new Set<Category>(['invalid_user', 'billing_or_quota', 'region_blocked', 'insufficient_permissions', 'tenant_mismatch']);
/** Account problems that end with a new key, which then goes where the old one was defined. */
const NEW_KEY_HELPS: ReadonlySet<Category> = new Set<Category>(['invalid_user', 'insufficient_permissions']);

export interface PlaceFixes {
  /** Lines to put before the probe's own fixes. */
  first: string[];
  /** Lines to put after them. */
  after: string[];
}

/** A shell start-up file's line as a person writes it: `~/.zshrc:2`. */
const shellFile = (d: Definition) => where(d.location).replace(/^shell: /, '');

/** Where a CI job's secret is set, by the CI's own variables (GitHub Actions, GitLab CI, CircleCI). */
export function ciSecretPage(name: string, env: Record<string, string | undefined>): string | undefined {
  if (env.GITHUB_ACTIONS && env.GITHUB_REPOSITORY) {
    return `the ${name} secret at ${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/settings/secrets/actions (or the environment's or organisation's secrets, whichever the job reads)`;
  }
  if (env.GITLAB_CI && env.CI_PROJECT_URL) return `the ${name} variable at ${env.CI_PROJECT_URL}/-/settings/ci_cd (Variables)`;
  if (env.CIRCLECI && env.CIRCLE_PROJECT_USERNAME && env.CIRCLE_PROJECT_REPONAME) {
    return `the ${name} environment variable at https://app.circleci.com/settings/project/github/${env.CIRCLE_PROJECT_USERNAME}/${env.CIRCLE_PROJECT_REPONAME}/environment-variables (or its context)`;
  }
  return undefined;
}

/** A setting sent with the key (an organisation or project id) and where this run read it. */
export interface SentSetting {
  name: string;
  /** `.env:2`, `process environment`. */
  at: string;
}

/** The place(s) to change for a key with a problem, given where its value came from. */
export function placeFixes(k: Pick<KeyResult, 'name' | 'category' | 'source' | 'definitions' | 'fingerprint'>, env: Record<string, string | undefined>, settings: readonly SentSetting[] = []): PlaceFixes {
  const none = { first: [], after: [] };
  const value = VALUE_PROBLEMS.has(k.category);
  if (!value && !ACCOUNT_PROBLEMS.has(k.category)) return none;
  // A mismatched organisation or project is a setting sent beside the key: its line is the place.
  if (k.category === 'tenant_mismatch') {
    return { first: [], after: settings.map((s) => `${s.name} is set at ${s.at}: change or remove it there.`) };
  }
  // No credits, or a country the provider refuses: the key is fine, so nothing where it is defined changes.
  if (!value && !NEW_KEY_HELPS.has(k.category)) return none;
  const tested = k.definitions.find((d) => d.wins);
  const place = placeOf(k, env);
  if (!place) return none;
  const lines: string[] = [];
  const lower = place.replace(/^./, (c) => c.toLowerCase());
  if (value) lines.push(place);
  else if (k.category === 'insufficient_permissions') lines.push(`If you issue a new key with the permission, put it where this run loads it: ${lower}`);
  else lines.push(`Then put the new key where this run loads it: ${lower}`);
  // Other copies of the same value: the same fix is needed there too.
  for (const d of k.definitions) {
    if (d === tested || !k.fingerprint || d.fingerprint !== k.fingerprint) continue;
    if (d.kind === 'kubernetes-secret') lines.push(`${where(d.location)} holds the same value in a Kubernetes Secret: recreate it with \`kubectl create secret generic NAME --from-literal=${k.name}=…\` (or \`echo -n\`, never \`echo\`, before base64).`);
    else if (d.kind === 'compose-env-file') lines.push(`${where(d.location)}, a compose env_file, holds the same value: update it too, then \`docker compose up\` again.`);
    else if (d.kind === 'dockerfile-arg' || d.kind === 'dockerfile-env') lines.push(`${where(d.location)} bakes the same value into the image: pass it at run time instead, and rebuild.`);
  }
  // A shadowed definition with another value may be the key that was meant.
  if (value && tested) {
    const other = k.definitions.find((d) => !d.wins && d.fingerprint && d.fingerprint !== k.fingerprint && (d.kind === 'dotenv' || d.kind === 'shell') && !/^not loaded/.test(d.note ?? ''));
    if (other) lines.push(makeItWin(k.name, tested, other, k.definitions));
  }
  return value ? { first: lines, after: [] } : { first: [], after: lines };
}

function placeOf(k: Pick<KeyResult, 'name' | 'source' | 'definitions' | 'fingerprint'>, env: Record<string, string | undefined>): string | undefined {
  const src = k.source;
  if (src.kind === 'stdin' || src.kind === 'none') return undefined;
  if (src.kind === 'process') {
    const ci = ciSecretPage(k.name, env);
    if (ci) return `Update ${ci}; this job reads it from there.`;
    const origin = k.definitions.find((d) => d.kind === 'shell' && d.fingerprint === k.fingerprint && !/^not loaded/.test(d.note ?? ''));
    if (origin) return `This shell exports ${k.name} from ${shellFile(origin)}: fix or delete that line, and run \`unset ${k.name}\` (or open a new terminal) so this shell forgets the old value.`;
    return `${k.name} comes from this shell's environment, not from a file keydoctor can see (an IDE, direnv, a parent process or an earlier \`export\`): \`unset ${k.name}\`, or change it where it is set.`;
  }
  if (src.kind === 'shell') return `Fix the export at ${where({ file: src.file.replace(/^shell: /, ''), line: src.line })}, then open a new terminal.`;
  return `Edit ${k.name} at ${where(src)}, the definition this run loads.`;
}

/** How to make another definition, with another value, the one that loads. */
function makeItWin(name: string, tested: Definition, other: Definition, all: Definition[]): string {
  const at = where(other.location);
  if (tested.kind === 'process') {
    const rc = all.find((d) => d.kind === 'shell' && d.fingerprint === tested.fingerprint);
    // With an export to delete, the line before has said how: this one says what it leads to.
    if (rc) return `If ${at} (${other.fingerprint}) holds the right key, delete the export rather than fix it: after the \`unset\`, the app loads ${at}.`;
    return `If ${at} (${other.fingerprint}) holds the right key: \`unset ${name}\`, and the app loads it.`;
  }
  if (tested.kind === 'shell') return `If ${at} (${other.fingerprint}) holds the right key, delete the export at ${shellFile(tested)}.`;
  return `If ${at} (${other.fingerprint}) holds the right key, delete the line at ${where(tested.location)} so ${at} wins, or copy that key there.`;
}
