// Probe plugins: npm packages exporting { meta, probes }. A plugin runs code in
// the process that holds the keys, so one named only in a project file loads
// only with --trust-project-config or when the user's own config names it.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../../src/core/errors.js';
import { closeDispatchers } from '../../src/net/client.js';
import { startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { project } from '../helpers/cli.js';
import { check, probesFor } from './helpers.js';

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => closeDispatchers());

/** A probe module's source; `extra` is spliced into the probe object. */
const probeSource = (id: string, extra = '') => `
export default { meta: { name: 'keydoctor-probe-${id}', version: '0.0.1' }, probes: [{
  id: '${id}', name: '${id} API', envVars: ['${id.toUpperCase()}_API_KEY'],
  defaultBaseUrl: 'https://api.${id}.example', officialHosts: ['api.${id}.example'],
  request(key, ctx) { return { method: 'GET', url: ctx.baseUrl + '/me', headers: { authorization: 'Bearer ' + key } }; },
  classify() { return undefined; },
  ${extra}
}] };`;

/** Files of a plugin package installed in node_modules under `dir`. */
const pkg = (name: string, source: string, manifest: Record<string, unknown> = { type: 'module', exports: './index.js' }, dir = '') => ({
  [join(dir, 'node_modules', name, 'package.json')]: JSON.stringify({ name, version: '0.0.1', ...manifest }),
  [join(dir, 'node_modules', name, 'index.js')]: source,
});

const withPlugin = (source = probeSource('zeta'), manifest?: Record<string, unknown>) =>
  project({ '.keydoctor.yml': '# plugins of this project\nplugins:\n  - keydoctor-probe-zeta\n', ...pkg('keydoctor-probe-zeta', source, manifest) });

const failure = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a failure'); }, (e: unknown) => e as Error);

describe('who may load a plugin', () => {
  it('named only in the project file, it is skipped with a notice saying which, where and how to allow it', async () => {
    const r = await probesFor(withPlugin(), { env: { HOME: mkdtempSync(join(tmpdir(), 'kd-home-')) } });
    expect(r.probes.map((p) => p.id)).not.toContain('zeta');
    expect(r.notices).toEqual([
      'Skipped plugin keydoctor-probe-zeta: it is named only in the project file .keydoctor.yml:3, and a plugin runs code in the process that holds your keys. ' +
        'Load it with --trust-project-config, or add it under plugins: in ~/.config/keydoctor/config.yml.',
    ]);
  });

  it('--trust-project-config loads it', async () => {
    const r = await probesFor(withPlugin(), { trustProjectConfig: true });
    expect(r.probes.find((p) => p.id === 'zeta')).toMatchObject({ origin: { kind: 'plugin', package: 'keydoctor-probe-zeta', version: '0.0.1', namedIn: '.keydoctor.yml:3' } });
    expect(r.notices).toEqual([]);
  });

  it('the user\'s own config naming it loads it from the user\'s config folder (XDG_CONFIG_HOME honoured)', async () => {
    const xdg = project({ 'keydoctor/config.yml': 'plugins: [keydoctor-probe-zeta]\n', ...pkg('keydoctor-probe-zeta', probeSource('zeta'), undefined, 'keydoctor') });
    const r = await probesFor(withPlugin(), { env: { XDG_CONFIG_HOME: xdg } });
    expect(r.probes.map((p) => p.id)).toContain('zeta');
    expect(r.notices).toEqual([]);
  });

  it('the user\'s config is found under HOME/.config without XDG_CONFIG_HOME', async () => {
    const home = project({ '.config/keydoctor/config.yml': 'plugins:\n  - keydoctor-probe-zeta\n', ...pkg('keydoctor-probe-zeta', probeSource('zeta'), undefined, '.config/keydoctor') });
    expect((await probesFor(withPlugin(), { env: { HOME: home } })).probes.map((p) => p.id)).toContain('zeta');
  });

  it('a plugin the user names but installed only in the project is not loaded from the project: a notice names it and where it was looked for', async () => {
    const xdg = project({ 'keydoctor/config.yml': 'plugins: [keydoctor-probe-zeta]\n' });
    const r = await probesFor(withPlugin(), { env: { XDG_CONFIG_HOME: xdg } });
    expect(r.probes.map((p) => p.id)).not.toContain('zeta');
    expect(r.notices).toEqual([
      `Skipped plugin keydoctor-probe-zeta (named in ${join(xdg, 'keydoctor', 'config.yml')}:1): not installed in ${join(xdg, 'keydoctor', 'node_modules')}; ` +
        `install it there with npm install --prefix ${join(xdg, 'keydoctor')} keydoctor-probe-zeta. ` +
        'The project names it too (.keydoctor.yml:3); its copy loads only with --trust-project-config.',
    ]);
  });

  it('nor from a node_modules above the user\'s config folder (where keydoctor itself may be installed)', async () => {
    const home = project({
      '.config/keydoctor/config.yml': 'plugins: [keydoctor-probe-zeta]\n',
      ...pkg('keydoctor-probe-zeta', probeSource('zeta'), undefined, '.config'),
      ...pkg('keydoctor-probe-zeta', probeSource('zeta'), undefined, ''),
    });
    const r = await probesFor(project({}), { env: { HOME: home } });
    expect(r.probes.map((p) => p.id)).not.toContain('zeta');
    expect(r.notices).toEqual([expect.stringMatching(/^Skipped plugin keydoctor-probe-zeta \(named in ~\/\.config\/keydoctor\/config\.yml:1\): not installed in ~\/\.config\/keydoctor\/node_modules; /)]);
  });

  it('a plugin both name, installed only in the project, loads from the project with --trust-project-config', async () => {
    const xdg = project({ 'keydoctor/config.yml': 'plugins: [keydoctor-probe-zeta]\n' });
    const r = await probesFor(withPlugin(probeSource('zeta', "docs: 'the project copy',")), { env: { XDG_CONFIG_HOME: xdg }, trustProjectConfig: true });
    expect(r.probes.find((p) => p.id === 'zeta')).toMatchObject({ docs: 'the project copy', origin: { namedIn: '.keydoctor.yml:3' } });
    expect(r.notices).toEqual([expect.stringMatching(/^Skipped plugin keydoctor-probe-zeta \(named in .*config\.yml:1\): not installed in .* The project's copy \(named in \.keydoctor\.yml:3\) loads instead, as --trust-project-config allows\.$/)]);
  });

  it('a plugin the user trusts resolves from the user\'s config directory first, not from a project\'s copy', async () => {
    const xdg = project({ 'keydoctor/config.yml': 'plugins: [keydoctor-probe-zeta]\n', ...pkg('keydoctor-probe-zeta', probeSource('zeta', "docs: 'the user copy',"), undefined, 'keydoctor') });
    const r = await probesFor(withPlugin(probeSource('zeta', "docs: 'the project copy',")), { env: { XDG_CONFIG_HOME: xdg } });
    expect(r.probes.find((p) => p.id === 'zeta')!.docs).toBe('the user copy');
  });

  it('a plugin named twice, or by both the user and the project, loads once', async () => {
    const dir = project({ '.keydoctor.yml': 'plugins: [keydoctor-probe-zeta, keydoctor-probe-zeta]\n', ...pkg('keydoctor-probe-zeta', probeSource('zeta')) });
    const xdg = project({ 'keydoctor/config.yml': 'plugins: [keydoctor-probe-zeta]\n', ...pkg('keydoctor-probe-zeta', probeSource('zeta'), undefined, 'keydoctor') });
    expect((await probesFor(dir, { trustProjectConfig: true })).probes.filter((p) => p.id === 'zeta')).toHaveLength(1);
    expect((await probesFor(dir, { env: { XDG_CONFIG_HOME: xdg } })).probes.filter((p) => p.id === 'zeta')).toHaveLength(1);
  });

  it('a plugin of the user\'s that is installed nowhere here is a notice, not an error', async () => {
    const xdg = project({ 'keydoctor/config.yml': 'plugins: [keydoctor-probe-elsewhere]\n' });
    const r = await probesFor(project({}), { env: { XDG_CONFIG_HOME: xdg } });
    expect(r.notices).toEqual([expect.stringMatching(/^Skipped plugin keydoctor-probe-elsewhere \(named in .*keydoctor\/config\.yml:1\): not installed in .*keydoctor\/node_modules; install it there with npm install --prefix /)]);
  });
});

describe('a broken plugin is one line naming it (exit 2), never a stack', () => {
  const cases: [string, () => string, RegExp][] = [
    ['one that is not installed', () => project({ '.keydoctor.yml': 'plugins: [keydoctor-probe-missing]\n' }), /^plugin keydoctor-probe-missing \(named in \.keydoctor\.yml:1\): not found from .*; install it \(npm install --save-dev keydoctor-probe-missing\)$/],
    ['one that throws while loading', () => withPlugin("throw new Error('boom: no config');\nexport default {};"), /^plugin keydoctor-probe-zeta \(named in \.keydoctor\.yml:3\): failed to load \(boom: no config\)$/],
    ['one with a syntax error', () => withPlugin('export default {'), /^plugin keydoctor-probe-zeta \(named in \.keydoctor\.yml:3\): failed to load \(/],
    ['one without a default export', () => withPlugin('export const probes = [];'), /: has no default export; export default \{ meta: \{ name, version \}, probes: \[\.\.\.\] \}$/],
    ['one without meta', () => withPlugin('export default { probes: [] };'), /: meta: must be \{ name, version \}/],
    ['one without probes', () => withPlugin("export default { meta: { name: 'z', version: '1' }, probes: [] };"), /: probes: must be a non-empty list/],
    ['a probe without official hosts', () => withPlugin(probeSource('zeta').replace("officialHosts: ['api.zeta.example']", 'officialHosts: []')), /: probes\[0\]\.officialHosts: must be a non-empty list of lower-case host names/],
    ['a probe whose request is not a function', () => withPlugin(probeSource('zeta').replace('request(key, ctx) {', 'request: 1, r(key, ctx) {')), /: probes\[0\]\.request: must be a function$/],
    ['a probe with a key format that is not a RegExp', () => withPlugin(probeSource('zeta', "keyFormats: [{ id: 'a', pattern: '^z_', description: 'z' }],")), /: probes\[0\]\.keyFormats\[0\]: must be \{ id, pattern: RegExp, description \}/],
    ['a probe with a built-in id', () => withPlugin(probeSource('zeta').replace("id: 'zeta'", "id: 'openai'")), /: its probe id "openai" is already the built-in OpenAI probe$/],
    ['a probe claiming a built-in variable', () => withPlugin(probeSource('zeta').replace("'ZETA_API_KEY'", "'STRIPE_SECRET_KEY'")), /: its probe zeta claims STRIPE_SECRET_KEY, which already belongs to the built-in Stripe probe$/],
  ];
  it.each(cases)('%s', async (_name, dir, message) => {
    const err = await failure(probesFor(dir(), { trustProjectConfig: true }));
    expect(err).toBeInstanceOf(UsageError);
    expect(err.message).toMatch(message);
    expect(err.message).not.toContain('\n');
  });

  it('a name that is not a package is refused at its line, trusted or not', async () => {
    const dir = project({ '.keydoctor.yml': 'plugins:\n  - keydoctor-probe-ok\n  - ../../outside/evil.js\n' });
    await expect(probesFor(dir)).rejects.toThrow(/^\.keydoctor\.yml:3: plugins\[1\]: "\.\.\/\.\.\/outside\/evil\.js" is not an npm package name$/);
  });

  it('a broken user config is one line naming it', async () => {
    const xdg = project({ 'keydoctor/config.yml': 'plugins: keydoctor-probe-zeta\n' });
    await expect(probesFor(project({}), { env: { XDG_CONFIG_HOME: xdg } })).rejects.toThrow(/keydoctor\/config\.yml:1: plugins: must be a list of package names$/);
  });
});

describe('package resolution', () => {
  it.each([
    ['exports with an import condition', { type: 'module', exports: { '.': { import: './index.js', require: './missing.cjs' } } }],
    ['a bare exports string', { type: 'module', exports: './index.js' }],
    ['main only', { type: 'module', main: 'index.js' }],
    ['nothing but index.js', { type: 'module' }],
  ])('%s', async (_name, manifest) => {
    expect((await probesFor(withPlugin(undefined, manifest), { trustProjectConfig: true })).probes.map((p) => p.id)).toContain('zeta');
  });
});

describe('a plugin bug at check time is a finding, not a crash', () => {
  const run = async (extra: string) => {
    fake = await startFakeProvider({ status: 200, body: {} });
    const dir = withPlugin(probeSource('zeta', extra));
    const probes = await probesFor(dir, { trustProjectConfig: true });
    return check(dir, probes, { env: { ZETA_API_KEY: 'zeta_FAKEEXAMPLE', KEYDOCTOR_ZETA_BASE_URL: fake.url }, trustProjectConfig: true });
  };

  it('a classify that throws is indeterminate', async () => {
    // A later key in the object literal replaces the probe's classify.
    const { result } = await run("get classify() { return () => { throw new Error('cannot read'); }; },");
    expect(result.keys[0]).toMatchObject({ category: 'unknown', verdict: 'indeterminate' });
    expect(result.keys[0]!.classification?.evidence[0]).toMatch(/keydoctor-probe-zeta plugin's zeta probe failed to read the answer \(cannot read\)/);
  });

  it('a request that throws is a setup finding, and nothing is sent', async () => {
    const { result } = await run("get request() { return () => { const e = new Error('ZETA_ACCOUNT is not set'); e.name = 'ProbeSetupError'; e.fix = 'Set ZETA_ACCOUNT.'; throw e; }; },");
    expect(fake!.requests).toHaveLength(0);
    const live = result.keys[0]!.steps.find((s) => s.step === 'live')!;
    expect(live.findings.find((f) => f.code === 'live.missing_setting')).toMatchObject({ message: 'Not sent: ZETA_ACCOUNT is not set.', fix: 'Set ZETA_ACCOUNT.' });
  });
});
