// Google application-default credentials. GOOGLE_APPLICATION_CREDENTIALS
// holds a *path* to a JSON file; without it the libraries read gcloud's
// ~/.config/gcloud/application_default_credentials.json ($CLOUDSDK_CONFIG)
// (cloud.google.com/docs/authentication/application-default-credentials:
// "ADC searches … GOOGLE_APPLICATION_CREDENTIALS environment variable, then
// a credential file created by gcloud auth application-default login").
//
// Contract with the vertex-ai probe: a definition of GOOGLE_APPLICATION_CREDENTIALS
// holds the JSON file's TEXT (service_account or authorized_user), never the
// path. Where a variable holds a path, the file is read here and its text is
// the value tested; the trace shows where the path was set (file:line) and
// the path, never the text. A path a project file sets is read only inside
// the project: pointing it at the user's own ~/.config/gcloud/… made the user's
// refresh token a project value, whose access token a base URL in the same
// project's .env could then receive (the trust rule compares origins, and both
// were the project's). The content of a file is the trust of where it lives.
import { isAbsolute, join, resolve } from 'node:path';
import { parseJson } from '../../text/json-lines.js';
import { documentSecretValues } from '../../redact/document.js';
import { isRecord } from '../../text/yaml-lines.js';
import { projectRoot, readProjectFile, readUserFile, notReadBecause, text as decode } from '../../io/files.js';
import { homeLabel, readCredentialFile, type CredentialInput, type CredentialPart } from './credentials-common.js';
import { emptyExtract, type RawDef } from '../types.js';

export const GOOGLE_CREDENTIALS = 'GOOGLE_APPLICATION_CREDENTIALS';
const KINDS = new Set(['service_account', 'authorized_user', 'external_account', 'impersonated_service_account', 'external_account_authorized_user']);
const SECRET_FIELDS = ['private_key', 'refresh_token', 'client_secret', 'private_key_id'];

/** A Google credentials JSON: its type, with every secret field handed to the Redactor. */
function credentialsJson(text: string, onSecret?: (v: string) => void): { type?: string; error?: { line?: number; reason: string } } {
  const p = parseJson(text);
  if (p.error) return { error: p.error };
  if (!isRecord(p.value) || typeof p.value.type !== 'string' || !KINDS.has(p.value.type)) return { error: { reason: 'not a Google credentials file (no known "type")' } };
  for (const v of documentSecretValues(p.value, SECRET_FIELDS)) onSecret?.(v);
  return { type: p.value.type };
}

export function readGcloudAdc(input: CredentialInput & { home: string }): CredentialPart | undefined {
  const { env, home, names } = input;
  if (!names.has(GOOGLE_CREDENTIALS)) return undefined;
  const path = join(env.CLOUDSDK_CONFIG || join(home, '.config', 'gcloud'), 'application_default_credentials.json');
  const label = homeLabel(path, home);
  const extract = emptyExtract();
  const text = readCredentialFile(path, label, extract.problems);
  if (text === undefined) return { extract, loaded: new Map() };
  const json = credentialsJson(text, input.onSecret);
  const loaded = new Map<string, RawDef[]>();
  if (json.error) {
    extract.problems.push({
      code: 'trace.malformed', severity: 'warning',
      message: `${label}${json.error.line ? `:${json.error.line}` : ''} is ${json.error.reason.startsWith('not a') ? json.error.reason : `not valid JSON (${json.error.reason})`}; the Google libraries cannot use it either.`,
      fix: 'Run `gcloud auth application-default login` again.',
      location: { file: label, ...(json.error.line ? { line: json.error.line } : {}) },
    });
    return { extract, loaded };
  }
  const def: RawDef = { name: GOOGLE_CREDENTIALS, kind: 'credential-file', file: label, line: 1, section: json.type!, value: text };
  extract.defs.push(def);
  loaded.set(GOOGLE_CREDENTIALS, [def]);
  return { extract, loaded, rule: `Google ADC order: ${GOOGLE_CREDENTIALS} (a path) > ${label}` };
}

/**
 * Every definition of GOOGLE_APPLICATION_CREDENTIALS that holds a path gets the
 * file's text as its value. Process and shell paths are the user's (links
 * followed); a project file's path is read as a project file, so only inside
 * the project: one that leaves it is a reference, never read.
 */
export function resolveCredentialPaths(defs: RawDef[], root: string, home: string | undefined, onSecret?: (v: string) => void): void {
  const fsRoot = projectRoot(root);
  for (const d of defs) {
    if (d.name !== GOOGLE_CREDENTIALS || d.value === undefined || d.kind === 'credential-file') continue;
    const given = d.value.trim();
    if (given === '' || given.startsWith('{')) continue;
    const abs = home && (given === '~' || given.startsWith('~/')) ? join(home, given.slice(1)) : isAbsolute(given) ? given : resolve(root, given);
    const user = d.kind === 'process' || d.kind === 'shell';
    const shown = home ? homeLabel(abs, home) : abs;
    delete d.value;
    // A project file's path is a project file: the one reader refuses it outside the project (a link out included).
    const r = user ? readUserFile(abs, 256 * 1024) : readProjectFile(fsRoot, abs, 256 * 1024);
    if (r.kind === 'outside') {
      d.reference = `file ${shown}, outside the project: a project file cannot make keydoctor read your files (set ${GOOGLE_CREDENTIALS} in your shell to check that one)`;
      continue;
    }
    if (r.kind !== 'text') {
      d.reference = `file ${shown} (${r.kind === 'error' ? 'does not exist or cannot be read' : notReadBecause(r, 256 * 1024)})`;
      continue;
    }
    const content = decode(r);
    const json = credentialsJson(content, onSecret);
    if (json.error) {
      d.reference = `file ${shown} (${json.error.reason.startsWith('not a') ? json.error.reason : 'not valid JSON'})`;
      continue;
    }
    onSecret?.(content);
    d.value = content;
    d.section = json.type!;
    d.remark = [d.remark, `the path ${shown}`].filter(Boolean).join('; ');
  }
}
