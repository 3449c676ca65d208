// Build: the CLI as a few CommonJS bundles, each loaded only when needed, and
// a V8 code cache for each (bench/README.md has what every choice measured).
//
//   dist/main.cjs      the entry: --version and --help answer from it alone
//   dist/load.cjs      loads the bundles below through their code cache
//   dist/commands.cjs  commander and every command (each evaluated only when run)
//   dist/net.cjs       undici and the HTTP client: only when a live call is sent
//   dist/ora.cjs       the spinner: only on a terminal
//   dist/re2.cjs       re2js, the linear-time engine: only when a custom provider's patterns load
//   dist/vocab.cjs     explain's service vocabulary, data only (hundreds of documented wordings): only when explain reads a text
//   dist/learned.cjs   explain's learned model, data only (word weights, scripts/train-explain.mjs): only when explain reads a text
//
// Why CommonJS when the source is ES modules: Node 20 keeps no compile cache for
// ES modules, and compiling the check command's code was most of its start-up.
// Dependencies are bundled, so start-up resolves no node_modules paths.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// Build beside dist and swap it in, so a CLI started during a rebuild never sees half a bundle.
const dist = new URL('../dist', import.meta.url);
const next = new URL(`../dist.next-${process.pid}`, import.meta.url);
const old = new URL(`../dist.old-${process.pid}`, import.meta.url);

// Every bundle starts with this build's id, and so does each code cache, so a
// cache is only ever used with the code it was made from (src/boot/load-bundle.ts).
const BUILD_ID = randomBytes(8).toString('hex');

/**
 * Imports that cross into another bundle: `module.exports` of the importing
 * module becomes the other bundle's exports, loaded through load.cjs (an
 * import mapped to load.cjs itself is a plain require of it).
 */
function otherBundles(map) {
  return {
    name: 'keydoctor-bundles',
    setup(b) {
      b.onResolve({ filter: /^\.\/load\.cjs$/ }, (args) => ({ path: args.path, external: true }));
      for (const [spec, bundle] of Object.entries(map)) {
        const filter = new RegExp(`^${spec.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
        b.onResolve({ filter }, () => (bundle === 'load.cjs' ? { path: './load.cjs', external: true } : { path: bundle, namespace: 'kd-bundle' }));
      }
      b.onLoad({ filter: /.*/, namespace: 'kd-bundle' }, (args) => ({
        contents: `module.exports = require('./load.cjs').loadBundle(__dirname, ${JSON.stringify(args.path)});`,
        loader: 'js',
      }));
    },
  };
}

/**
 * commander requires child_process at load, for executable subcommands that
 * keydoctor never uses; with what it pulls in (net, dgram, streams) that is a
 * measurable part of every start. Require it on first use instead. If
 * commander's source changes shape, the build says so and leaves it as it is.
 */
const lazyChildProcessInCommander = {
  name: 'keydoctor-lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!text.includes(eager)) return { contents: text, loader: 'js', warnings: [{ text: 'commander no longer requires child_process as expected; left eager' }] };
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: text.replace(eager, lazy), loader: 'js' };
    });
  },
};

/**
 * chalk's colour detection imports node:tty (and with it net and streams) at
 * load. keydoctor decides colour itself (useColor in src/cli/output.ts) and
 * always hands chalk a level, so in the commands bundle the detection is a
 * constant. (ora, in its own bundle, keeps chalk's detection: it runs on a terminal.)
 */
const chalkWithoutDetection = {
  name: 'keydoctor-chalk-level-given',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: 'supports-color', namespace: 'kd-no-detection' }));
    b.onLoad({ filter: /.*/, namespace: 'kd-no-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };', loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Fewer bytes to read and to keep in the cache; keydoctor never shows a stack
  // trace to a user (KEYDOCTOR_DEBUG does, with minified names).
  minify: true,
  charset: 'ascii',
  legalComments: 'none',
  logLevel: 'warning',
};

try {
  const out = (name) => `${next.pathname}/${name}`;
  // The bundles loaded through a code cache (load.cjs). Each is written as the
  // function Node wraps a CommonJS module in, so load.cjs compiles the file's
  // text as it is, without copying it into a wrapper. Code run from a code
  // cache cannot call import() on Node 20: these require() Node's built-ins,
  // and plugins are imported through load.cjs.
  const cached = {
    banner: { js: `/*kd-build:${BUILD_ID}*/(function (exports, require, module, __filename, __dirname) {` },
    footer: { js: '})' },
    supported: { 'dynamic-import': false },
  };
  await Promise.all([
    build({ ...common, entryPoints: ['src/boot/load-bundle.ts'], outfile: out('load.cjs') }),
    build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: out('main.cjs'), plugins: [otherBundles({ './commands.js': 'commands.cjs' })] }),
    build({ ...common, ...cached, entryPoints: ['src/cli/commands.ts'], outfile: out('commands.cjs'), plugins: [otherBundles({ '../net/client.js': 'net.cjs', ora: 'ora.cjs', re2js: 're2.cjs', './import-module.js': 'load.cjs', '../boot/load-bundle.js': 'load.cjs', './vocab/index.js': 'vocab.cjs', './learned-model.js': 'learned.cjs' }), lazyChildProcessInCommander, chalkWithoutDetection] }),
    build({ ...common, ...cached, entryPoints: ['src/net/client.ts'], outfile: out('net.cjs') }),
    build({ ...common, ...cached, entryPoints: ['src/explain/vocab/index.ts'], outfile: out('vocab.cjs') }),
    build({ ...common, ...cached, entryPoints: ['src/explain/learned/learned-model.ts'], outfile: out('learned.cjs') }),
    build({ ...common, ...cached, stdin: { contents: "export { default } from 'ora';", resolveDir: ROOT }, outfile: out('ora.cjs') }),
    build({ ...common, ...cached, stdin: { contents: "export { RE2JS } from 're2js';", resolveDir: ROOT }, outfile: out('re2.cjs') }),
  ]);
  // One character outside ASCII (esbuild escapes them everywhere but in regex
  // literals) makes V8 hold the whole bundle as a two-byte string: twice the memory.
  for (const f of readdirSync(next)) {
    const bytes = readFileSync(out(f));
    const at = bytes.findIndex((b) => b > 0x7f);
    if (at >= 0) throw new Error(`dist/${f} is not ASCII at byte ${at} (${JSON.stringify(bytes.subarray(Math.max(0, at - 60), at + 20).toString())}); write it as a \\u escape`);
  }
  try {
    renameSync(dist, old);
  } catch {
    /* first build */
  }
  renameSync(next, dist);
} finally {
  rmSync(old, { recursive: true, force: true });
  rmSync(next, { recursive: true, force: true });
}
// Run a representative command once and keep what V8 compiled, in the final
// folder (a cached script keeps the file name it was made under). A failure
// here costs start-up time only, so it warns and the build stands.
const train = spawnSync(process.execPath, [`${ROOT}scripts/train-code-cache.cjs`, dist.pathname], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
if (train.status !== 0) process.stderr.write(`build: no code cache (keydoctor works, but starts slower): ${(train.stderr || train.error?.message || '').trim()}\n`);
