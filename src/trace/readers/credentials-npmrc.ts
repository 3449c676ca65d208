// The user's ~/.npmrc ($NPM_CONFIG_USERCONFIG): `//HOST/PATH/:_authToken=…`
// lines, each bound to its registry (docs.npmjs.com/cli/configuring-npm/npmrc:
// "auth-related configuration … must be scoped to a registry"; the
// registry-auth-token package reads them by `//host/` the same way). Only
// registry.npmjs.org's token is the npm probe's key (NPM_TOKEN); a token for
// another registry is listed, never sent. `${NPM_TOKEN}` is a reference to the
// environment (npm expands it), not a value. A project's own .npmrc is a
// project file, not read here.
import { join, resolve } from 'node:path';
import { homeLabel, malformedLine, readCredentialFile, type CredentialInput, type CredentialPart } from './credentials-common.js';
import { emptyExtract, type RawDef } from '../types.js';
import type { Finding } from '../../core/types.js';

const PUBLIC = 'registry.npmjs.org';
const AUTH = /^\/\/([^/:\s]+(?::\d+)?)(\/[^:]*)?:_authToken\s*=\s*(.*)$/;
const LINE = /^[^=]+=.*$|^[\w.-]+(?:\[\])?$/;

export function readNpmrc(input: CredentialInput & { home: string }): CredentialPart | undefined {
  const { env, home, names } = input;
  if (!names.has('NPM_TOKEN')) return undefined;
  const custom = env.NPM_CONFIG_USERCONFIG || env.npm_config_userconfig;
  const path = custom ? resolve(custom.replace(/^~(?=\/|$)/, home)) : join(home, '.npmrc');
  const label = homeLabel(path, home);
  const extract = emptyExtract();
  const text = readCredentialFile(path, label, extract.problems);
  if (text === undefined) return { extract, loaded: new Map() };
  const found = parseNpmrc(text, label, 'credential-file');
  extract.defs.push(...found.defs);
  extract.problems.push(...found.problems);
  const loaded = new Map<string, RawDef[]>();
  const live = found.defs.filter((d) => !d.notLoaded && d.value !== undefined);
  if (live.length) loaded.set('NPM_TOKEN', live);
  // npm reads the file top to bottom into one object: the later line for the same registry wins.
  const mine = loaded.get('NPM_TOKEN');
  if (mine) mine.reverse();
  return { extract, loaded, rule: `npm reads ${label} //${PUBLIC}/:_authToken; NPM_TOKEN from the environment counts where an .npmrc says \${NPM_TOKEN}` };
}

/**
 * The `_authToken` lines of an .npmrc, bound to their registry: the user's
 * (`credential-file`) or a project's (`config`, a committed literal).
 */
export function parseNpmrc(text: string, label: string, kind: 'credential-file' | 'config'): { defs: RawDef[]; problems: Finding[] } {
  const out: { defs: RawDef[]; problems: Finding[] } = { defs: [], problems: [] };
  text.split(/\r?\n/).slice(0, 10_000).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) return;
    const m = AUTH.exec(line);
    if (!m) {
      if (!LINE.test(line)) out.problems.push(malformedLine(label, { line: i + 1, reason: 'not a key=value line' }));
      return;
    }
    const host = m[1]!.toLowerCase();
    const value = m[3]!.trim().replace(/^"(.*)"$|^'(.*)'$/, '$1$2');
    const ref = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(value);
    const notLoaded = host === PUBLIC ? undefined : `the token of registry ${host}: keydoctor sends only ${PUBLIC}'s token to the npm probe`;
    out.defs.push({
      name: 'NPM_TOKEN', kind, file: label, line: i + 1, section: `//${host}${m[2] ?? '/'}`,
      ...(ref ? { reference: `environment variable ${ref[1]} (npm expands \${${ref[1]}})` } : { value, ...(kind === 'config' ? { committedLiteral: true } : {}) }),
      ...(notLoaded ? { notLoaded } : {}),
    });
  });
  return out;
}
