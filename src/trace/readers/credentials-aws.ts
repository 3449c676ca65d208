// ~/.aws/credentials and ~/.aws/config (AWS_SHARED_CREDENTIALS_FILE,
// AWS_CONFIG_FILE): the profiles `aws configure list` reads. The profile in
// force is AWS_PROFILE, else AWS_DEFAULT_PROFILE, else [default]; the others
// are listed as not loaded. A profile's keys are a pair: its secret
// (AWS_SECRET_ACCESS_KEY, the aws probe's key) travels with its own key id
// and session token, from the same file, never mixed with an id from the
// environment.
//
// The runtimes disagree on environment keys against a profile:
// - the AWS CLI and boto3 take AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY from the
//   environment before any profile, AWS_PROFILE included (aws/aws-cli#3304,
//   aws/aws-cli#861; docs.aws.amazon.com/cli/latest/userguide/cli-configure-envvars.html);
// - the JS SDK v3 skips its environment provider when a profile is set:
//   "AWS_PROFILE is set, skipping fromEnv provider" (aws/aws-sdk-js-v3#2549,
//   packages/credential-provider-node defaultProvider).
// In each file the credentials file wins over the config file for the same
// profile (docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html).
// SSO profiles: the login's cache ~/.aws/sso/cache/<sha1 of the sso_session
// name, or of sso_start_url>.json holds `expiresAt` (aws/aws-cli#7361); an
// expired one is a finding. `credential_process` is named, never run.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import type { Finding } from '../../core/types.js';
import { parseJson } from '../../text/json-lines.js';
import { isRecord } from '../../text/yaml-lines.js';
import { parseIni, type IniEntry, type IniFile } from './credentials-ini.js';
import { homeLabel, malformedLine, readCredentialFile, type CredentialInput } from './credentials-common.js';
import { awsRuntime } from './credentials-runtime.js';
import type { RawDef, VarFinding } from '../types.js';

export const AWS_SECRET = 'AWS_SECRET_ACCESS_KEY';
/** The variables a profile defines, by the file key that holds each. */
const FIELDS: [string, string][] = [
  ['aws_secret_access_key', AWS_SECRET],
  ['aws_access_key_id', 'AWS_ACCESS_KEY_ID'],
  ['aws_session_token', 'AWS_SESSION_TOKEN'],
  ['region', 'AWS_REGION'],
];
/** The pair and its token: ranked together, from one source. */
export const AWS_PAIR = new Set([AWS_SECRET, 'AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN']);

export type AwsInput = CredentialInput & { home: string };

export interface AwsFiles {
  defs: RawDef[];
  /** Per variable, the selected profile's definitions, highest first. */
  loaded: Map<string, RawDef[]>;
  problems: Finding[];
  findings: VarFinding[];
  profile: string;
  /** Whether the profile beats environment keys (the JS SDK v3 with AWS_PROFILE set). */
  profileFirst: boolean;
  rule: string;
  runtimeLabel: string;
  /** Whether the selected profile holds a secret (so the runtimes' disagreement matters). */
  hasSecret: boolean;
}

/** A profile's entries in one file, by profile name (`[profile work]` in config is `work`). */
function profiles(ini: IniFile, config: boolean): Map<string, IniEntry[]> {
  const nameOf = (section: string) => (config ? (section === 'default' ? 'default' : /^profile\s+(.+)$/.exec(section)?.[1]?.trim()) : section);
  const out = new Map<string, IniEntry[]>();
  for (const section of ini.sections.keys()) {
    const name = nameOf(section);
    if (name) out.set(name, []);
  }
  for (const e of ini.entries) {
    const name = nameOf(e.section);
    if (name) out.get(name)?.push(e);
  }
  return out;
}

const expand = (p: string, home: string) => (p === '~' || p.startsWith('~/') ? join(home, p.slice(1)) : resolve(p));

export function readAwsFiles(input: AwsInput): AwsFiles | undefined {
  const { home, env, names } = input;
  const wanted = FIELDS.filter(([, v]) => names.has(v));
  if (!wanted.length) return undefined;
  const runtime = awsRuntime(input.dependencies);
  // The JS SDK v3 reads AWS_PROFILE only; the CLI and botocore also AWS_DEFAULT_PROFILE.
  const chosen = env.AWS_PROFILE || (runtime.id === 'js-v3' ? undefined : env.AWS_DEFAULT_PROFILE) || undefined;
  const profile = chosen ?? 'default';
  const why = env.AWS_PROFILE ? `AWS_PROFILE=${profile}` : chosen ? `AWS_DEFAULT_PROFILE=${profile}` : 'no AWS_PROFILE, so [default]';
  const out: AwsFiles = {
    defs: [], loaded: new Map(), problems: [], findings: [], profile,
    profileFirst: runtime.id === 'js-v3' && !!env.AWS_PROFILE,
    rule: '', runtimeLabel: runtime.label, hasSecret: false,
  };
  const files = [
    { path: expand(env.AWS_SHARED_CREDENTIALS_FILE || '~/.aws/credentials', home), config: false },
    { path: expand(env.AWS_CONFIG_FILE || '~/.aws/config', home), config: true },
  ];
  const read: { label: string; config: boolean; ini: IniFile; byProfile: Map<string, IniEntry[]> }[] = [];
  for (const f of files) {
    const label = homeLabel(f.path, home);
    const text = readCredentialFile(f.path, label, out.problems);
    if (text === undefined) continue;
    const ini = parseIni(text);
    for (const p of ini.problems) out.problems.push(malformedLine(label, p));
    read.push({ label, config: f.config, ini, byProfile: profiles(ini, f.config) });
  }
  if (!read.length) return out;

  let found = false;
  for (const f of read) {
    for (const [name, entries] of f.byProfile) {
      const selected = name === profile;
      found ||= selected;
      for (const e of entries) {
        const v = wanted.find(([key]) => key === e.key)?.[1];
        if (!v) continue;
        const def: RawDef = {
          name: v, kind: 'credential-file', file: f.label, line: e.line, section: name, value: e.value,
          ...(selected ? {} : { notLoaded: `profile [${name}] is not selected (${why})` }),
        };
        out.defs.push(def);
        if (selected) {
          out.loaded.set(v, [...(out.loaded.get(v) ?? []), def]);
          if (v === AWS_SECRET) out.hasSecret = true;
        }
      }
    }
  }
  if (chosen && !found) {
    out.problems.push({
      code: 'trace.aws_profile_missing', severity: 'warning',
      message: `${why} names a profile that is in neither ${read.map((f) => f.label).join(' nor ')}: the AWS CLI and SDKs stop with "The config profile (${profile}) could not be found".`,
      fix: `Add [${profile}] (\`aws configure --profile ${profile}\`), or set AWS_PROFILE to one of: ${[...new Set(read.flatMap((f) => [...f.byProfile.keys()]))].slice(0, 8).join(', ') || '(none)'}.`,
    });
  }
  if (!out.hasSecret && names.has(AWS_SECRET)) noStaticKeys(input, read, profile, out);

  const order = out.profileFirst
    ? `AWS_PROFILE is set, so profile [${profile}] comes first and environment keys are skipped ("AWS_PROFILE is set, skipping fromEnv provider")`
    : `environment keys (AWS_ACCESS_KEY_ID with AWS_SECRET_ACCESS_KEY) > profile [${profile}] (${why.replace(/^no AWS_PROFILE, so \[default\]$/, 'no AWS_PROFILE')})`;
  out.rule = `${runtime.label} (${runtime.reason}): ${order}; in each profile ${read.map((f) => f.label).join(' > ')}`;
  return out;
}

/** A profile with no keys written in it: SSO, credential_process or a role. Named, never run. */
function noStaticKeys(input: AwsInput, read: { label: string; config: boolean; byProfile: Map<string, IniEntry[]> }[], profile: string, out: AwsFiles): void {
  for (const f of read) {
    const entries = f.byProfile.get(profile) ?? [];
    const get = (k: string) => entries.find((e) => e.key === k);
    const proc = get('credential_process');
    const sso = get('sso_session') ?? get('sso_start_url');
    const role = get('role_arn');
    const at = proc ?? sso ?? role;
    if (!at) continue;
    const reference = proc ? 'credential_process: a command keydoctor names but never runs'
      : sso ? 'an AWS IAM Identity Center (SSO) login: short-term keys fetched at run time'
        : `role_arn: keys from assuming a role (source_profile ${get('source_profile')?.value ?? 'none'})`;
    const def: RawDef = { name: AWS_SECRET, kind: 'credential-file', file: f.label, line: at.line, section: profile, reference };
    out.defs.push(def);
    out.loaded.set(AWS_SECRET, [...(out.loaded.get(AWS_SECRET) ?? []), def]);
    if (proc) {
      out.findings.push({ name: AWS_SECRET, finding: {
        code: 'trace.credential_process', severity: 'info',
        message: `${f.label}:${proc.line} [${profile}] gets its keys from credential_process, a command; keydoctor never runs it, so these keys are not checked.`,
        location: { file: f.label, line: proc.line },
      } });
    }
    if (sso) out.findings.push(...ssoState(input, f, entries, profile, sso));
    return;
  }
}

/** The SSO login's state from its cache file: expired, missing, or valid until when. */
function ssoState(input: AwsInput, f: { label: string; byProfile: Map<string, IniEntry[]> }, entries: IniEntry[], profile: string, at: IniEntry): VarFinding[] {
  const session = entries.find((e) => e.key === 'sso_session')?.value;
  const startUrl = entries.find((e) => e.key === 'sso_start_url')?.value;
  const cacheDir = join(input.home, '.aws', 'sso', 'cache');
  const candidates = [session, startUrl].filter((x): x is string => !!x).map((k) => createHash('sha1').update(k).digest('hex'));
  const location = { file: f.label, line: at.line };
  for (const hash of candidates) {
    const label = `~/.aws/sso/cache/${hash}.json`;
    const problems: Finding[] = [];
    const text = readCredentialFile(join(cacheDir, `${hash}.json`), label, problems);
    if (text === undefined) continue;
    const parsed = parseJson(text);
    if (!isRecord(parsed.value)) return [{ name: AWS_SECRET, finding: { code: 'trace.malformed', severity: 'warning', message: `${label} is not valid JSON; the SSO login of profile [${profile}] cannot be read.`, location: { file: label } } }];
    for (const k of ['accessToken', 'refreshToken', 'clientSecret']) {
      const v = parsed.value[k];
      if (typeof v === 'string' && v) input.onSecret?.(v);
    }
    const expires = typeof parsed.value.expiresAt === 'string' ? new Date(parsed.value.expiresAt) : undefined;
    if (!expires || Number.isNaN(expires.getTime())) continue;
    if (expires.getTime() <= input.now.getTime()) {
      return [{ name: AWS_SECRET, finding: {
        code: 'trace.aws_sso_expired', severity: 'warning',
        message: `The SSO login of profile [${profile}] (${f.label}:${at.line}) expired at ${expires.toISOString()}: the SDKs fail with "The SSO session associated with this profile has expired".`,
        fix: `Run \`aws sso login --profile ${profile}\`.`, location,
      } }];
    }
    return [{ name: AWS_SECRET, finding: { code: 'trace.aws_sso_login', severity: 'info', message: `Profile [${profile}] uses an SSO login, valid until ${expires.toISOString()} (${label}).`, location } }];
  }
  return [{ name: AWS_SECRET, finding: {
    code: 'trace.aws_sso_login', severity: 'info',
    message: `Profile [${profile}] (${f.label}:${at.line}) uses an SSO login, and no cached login was found in ~/.aws/sso/cache.`,
    fix: `Run \`aws sso login --profile ${profile}\`.`, location,
  } }];
}
