// gh's hosts.yml ($GH_CONFIG_DIR, else $XDG_CONFIG_HOME/gh, else ~/.config/gh):
// `oauth_token` per host, what `gh auth status` reads. Only github.com's
// token is GitHub's (GH_TOKEN, sent to api.github.com); another host is a
// GitHub Enterprise server whose token is listed, never sent there. gh's
// order: GH_TOKEN, then GITHUB_TOKEN, then hosts.yml ("GH_TOKEN, GITHUB_TOKEN
// (in order of precedence): an authentication token for github.com API
// requests. Setting this avoids being prompted to authenticate and takes
// precedence over previously stored credentials", cli.github.com/manual/gh_help_environment).
// A host without oauth_token keeps its token in the OS keyring (gh ≥ 2.24,
// `gh auth login` default), which keydoctor does not read: a note says so.
import { join } from 'node:path';
import { own } from '../../core/own.js';
import { isRecord, loadYaml } from '../../text/yaml-lines.js';
import { homeLabel, readCredentialFile, type CredentialInput, type CredentialPart } from './credentials-common.js';
import { emptyExtract, type RawDef } from '../types.js';

export function readGhHosts(input: CredentialInput & { home: string }): CredentialPart | undefined {
  const { env, home, names } = input;
  if (!names.has('GH_TOKEN') && !names.has('GH_ENTERPRISE_TOKEN')) return undefined;
  const dir = env.GH_CONFIG_DIR || join(env.XDG_CONFIG_HOME || join(home, '.config'), 'gh');
  const path = join(dir, 'hosts.yml');
  const label = homeLabel(path, home);
  const extract = emptyExtract();
  const text = readCredentialFile(path, label, extract.problems);
  if (text === undefined) return { extract, loaded: new Map() };
  const { docs, error } = loadYaml(text, label);
  if (error) extract.problems.push(error);
  const doc = docs[0];
  const loaded = new Map<string, RawDef[]>();
  if (!doc || !isRecord(doc.value)) return { extract, loaded };
  const envToken = own(env, 'GH_TOKEN') ? 'GH_TOKEN' : own(env, 'GITHUB_TOKEN') ? 'GITHUB_TOKEN' : undefined;
  for (const [host, entry] of Object.entries(doc.value)) {
    if (!isRecord(entry)) continue;
    const github = host.toLowerCase() === 'github.com';
    const name = github ? 'GH_TOKEN' : 'GH_ENTERPRISE_TOKEN';
    const line = doc.lineOf(doc.value, host);
    const token = entry.oauth_token;
    if (typeof token !== 'string' || token === '') {
      extract.problems.push({
        code: 'trace.keyring_token', severity: 'info',
        message: `${label}${line ? `:${line}` : ''} lists ${host} without an oauth_token: gh keeps that token in the OS keyring, which keydoctor does not read.`,
        fix: github ? '`gh auth token | keydoctor check --key-stdin --provider github` checks it without putting it on the command line.' : `\`gh auth token --hostname ${host}\` prints it.`,
        location: { file: label, ...(line ? { line } : {}) },
      });
      continue;
    }
    if (!names.has(name)) continue;
    const notLoaded = !github
      ? `a GitHub Enterprise host (${host}): its token is listed, never sent to api.github.com`
      : envToken === 'GITHUB_TOKEN' ? 'gh uses GITHUB_TOKEN from the environment before hosts.yml' : undefined;
    const def: RawDef = {
      name, kind: 'credential-file', file: label, ...(doc.lineOf(entry, 'oauth_token') ? { line: doc.lineOf(entry, 'oauth_token')! } : {}),
      section: host, value: token, ...(notLoaded ? { notLoaded } : {}),
    };
    extract.defs.push(def);
    if (!notLoaded) loaded.set(name, [...(loaded.get(name) ?? []), def]);
  }
  return { extract, loaded, rule: 'gh order: GH_TOKEN > GITHUB_TOKEN > hosts.yml (github.com)' };
}
