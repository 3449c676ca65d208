// The tree for bench/trace.mjs: deterministic (seeded), monorepo-like, 50,000
// files: a Next.js root, 150 workspace packages with nested .gitignore files,
// build output and a large node_modules. Definitions are planted at known
// places (PLANTED), and the same keys in ignored places (IGNORED must stay
// silent).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const VERSION = 'trace-bench-3';
export const TOTAL = 50_000;

// Visibly fake keys in the providers' formats.
export const A = 'sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0EXAMPLE0EXAMPLE0EXAMPLE0';
const B = 'sk-proj-FAKEOLDKEYFAKEOLDKEYFAKEOLDKEYFAKEOLDKEYT3BlbkFJEXAMPLE1EXAMPLE1EXAMPLE1EXAMPLE1EXAMPLE1';
const S = 'sk_test_FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0';

// ---------------------------------------------------------------- generator
function rng(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function source(r, i, lines) {
  const out = [`// module ${i}`, `import { helper${i % 97} } from './helper${i % 97}.js';`, ''];
  for (let l = 0; l < lines; l++) {
    const n = Math.floor(r() * 1e6);
    out.push(l % 7 === 0 ? `export function f${i}_${l}(x: number): number {` : l % 7 === 6 ? '}' : `  const v${l} = helper${i % 97}(x + ${n}); // keep going`);
  }
  return out.join('\n') + '\n';
}

export function generate(TREE) {
  rmSync(TREE, { recursive: true, force: true });
  const r = rng(42);
  let count = 0;
  const put = (rel, text) => {
    const abs = join(TREE, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    count++;
  };
  // The project root: a Next.js monorepo with every kind of definition.
  put('package.json', JSON.stringify({ name: 'bench-monorepo', private: true, workspaces: ['packages/*'], dependencies: { next: '15.0.0' } }, null, 2) + '\n');
  put('.gitignore', 'node_modules/\ndist/\ntmp/\n*.log\n');
  put('.env', `# shared\nPORT=3000\nOPENAI_API_KEY=${A}\n`);
  put('.env.local', `OPENAI_API_KEY=${B}\n`);
  put('docker-compose.yml', 'services:\n  web:\n    build: .\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n');
  put('Dockerfile', 'FROM node:20-slim\nENV PORT=3000\nCMD ["npm", "start"]\n');
  put('k8s/deployment.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: example/web:1\n          env:\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: openai\n                  key: OPENAI_API_KEY\n');
  put('k8s/secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: openai\ndata:\n  OPENAI_API_KEY: ${Buffer.from(A).toString('base64')}\n`);
  put('.github/workflows/ci.yml', 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - run: npm test\n');
  put('.gitlab-ci.yml', `variables:\n  STRIPE_SECRET_KEY: $STRIPE_KEY\ntest:\n  script: npm test\n`);
  // Ignored at the root: build output, tmp, logs.
  put('debug.log', `request with ${A}\n`);
  put('tmp/k8s.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: x\n      env:\n        - name: OPENAI_API_KEY\n          value: leaked\n');
  for (let i = 0; i < 1000; i++) put(`dist/chunk-${i}.js`, i === 7 ? `var k="${A}";\n` : source(r, i, 20));

  // 150 workspace packages with nested .gitignore files.
  for (let p = 0; p < 150; p++) {
    const pkg = `packages/p${String(p).padStart(3, '0')}`;
    const scripts = p === 77 ? { dev: `OPENAI_API_KEY=${B} next dev` } : { build: 'tsc -p .' };
    put(`${pkg}/package.json`, JSON.stringify({ name: `p${p}`, version: '1.0.0', scripts }, null, 2) + '\n');
    put(`${pkg}/.gitignore`, 'generated/\n*.local.ts\n');
    put(`${pkg}/README.md`, `# p${p}\n\nSet OPENAI_API_KEY in .env.\n`);
    for (let m = 0; m < 7; m++) for (let f = 0; f < 10; f++) put(`${pkg}/src/mod${m}/file${f}.ts`, source(r, p * 100 + m * 10 + f, 20 + Math.floor(r() * 60)));
    for (let t = 0; t < 15; t++) put(`${pkg}/test/t${t}.test.ts`, source(r, t, 15));
    for (let g = 0; g < 10; g++) put(`${pkg}/generated/g${g}.ts`, g === 0 ? `export const K = '${A}';\n` : source(r, g, 10));
    put(`${pkg}/src/secret.local.ts`, `export const key = '${A}';\n`);
    put(`${pkg}/assets/logo.png`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  }
  put('packages/p042/.env.production', `NODE_ENV=production\nSTRIPE_SECRET_KEY=${S}\n`);
  put('packages/p120/config/settings.json', `{\n  "service": "p120",\n  "openaiApiKey": "${A}"\n}\n`);
  put('packages/p042/src/mod1/file3.ts', `import OpenAI from 'openai';\n\n// quick test\nconst client = new OpenAI({\n  apiKey: '${A}',\n});\nexport default client;\n`);
  put('packages/p133/scripts/legacy.py', `import openai\n\nopenai.api_key = "${B.replace('OLDKEY', 'LEGACY')}"\n`);

  // A large node_modules (ignored), with keys planted in it too; fills the tree to TOTAL.
  const remaining = TOTAL - count - 1;
  for (let i = 0; i < remaining; i++) {
    const pkg = `node_modules/pkg-${String(Math.floor(i / 40)).padStart(4, '0')}`;
    const k = i % 40;
    if (i === 5) put(`${pkg}/.env`, `OPENAI_API_KEY=${A}\n`);
    else if (k === 0) put(`${pkg}/package.json`, JSON.stringify({ name: `pkg-${i}`, version: '1.0.0' }) + '\n');
    else put(`${pkg}/lib/f${k}.js`, i === 4001 ? `module.exports = "${A}";\n` : source(r, i, 12));
  }
  writeFileSync(join(TREE, '.bench-version'), VERSION + '\n');
  count++;
  return count;
}

/** Where a correct trace must report something, as `file:line`. */
export const PLANTED = [
  '.env:3', '.env.local:1', 'docker-compose.yml:5', 'k8s/deployment.yaml:12', 'k8s/secret.yaml:6',
  '.github/workflows/ci.yml:7', '.gitlab-ci.yml:2', 'packages/p042/.env.production:2', 'packages/p077/package.json:5',
  'packages/p120/config/settings.json:3', 'packages/p042/src/mod1/file3.ts:5', 'packages/p133/scripts/legacy.py:3',
];
export const IGNORED = [/^node_modules\//, /^dist\//, /^tmp\//, /\.log(?::|$)/, /\/generated\//, /\.local\.ts(?::|$)/];
