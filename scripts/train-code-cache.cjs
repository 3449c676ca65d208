// Build step (scripts/build.mjs): run `keydoctor check --offline` once, in
// process, on a throwaway project, then store beside each bundle what V8
// compiled of it (src/boot/load-bundle.ts). The next start takes that code
// instead of compiling it again. Usage: node scripts/train-code-cache.cjs DIST
'use strict';
const { mkdtempSync, mkdirSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { Writable } = require('node:stream');

const dist = resolve(process.argv[2] ?? 'dist');
const load = require(join(dist, 'load.cjs'));
const { run } = require(join(dist, 'main.cjs'));

// Obviously fake keys, in the formats the first providers know, so the format
// rules, tracer and renderers run as on a real project.
const ENV = [
  'OPENAI_API_KEY=sk-proj-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKET3BlbkFJEXAMPLE0EXAMPLE0EXAMPLE0EXAMPLE0',
  'ANTHROPIC_API_KEY=sk-ant-api03-FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE-EXAMPLEAA',
  'STRIPE_SECRET_KEY=sk_test_FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0FAKE0',
  'GITHUB_TOKEN="ghp_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE0000 "',
  '',
].join('\n');

async function main() {
  const project = mkdtempSync(join(tmpdir(), 'keydoctor-train-'));
  try {
    writeFileSync(join(project, '.env'), ENV);
    writeFileSync(join(project, 'package.json'), '{"name":"train","scripts":{"start":"node index.js"}}\n');
    mkdirSync(join(project, 'src'));
    writeFileSync(join(project, 'src', 'index.js'), 'const key = process.env.OPENAI_API_KEY;\n');
    const sink = () => new Writable({ write: (_chunk, _enc, done) => done() });
    // HOME apart from the project: HOME is never a project, and the run should walk one.
    const io = { stdout: sink(), stderr: sink(), stdin: process.stdin, env: { PATH: process.env.PATH ?? '', HOME: join(project, 'src') } };
    const code = await run(['node', 'keydoctor', 'check', '--offline', '--cwd', project], io);
    if (code !== 1) throw new Error(`check --offline on the training project exited ${code}, expected 1 (the padded GitHub token)`);
    // The bundles a live check, a terminal or explain needs: evaluated, not used.
    load.loadBundle(dist, 'net.cjs');
    load.loadBundle(dist, 'ora.cjs');
    load.loadBundle(dist, 're2.cjs');
    load.loadBundle(dist, 'vocab.cjs');
    load.loadBundle(dist, 'learned.cjs');
    load.writeCaches();
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
