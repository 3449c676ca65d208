#!/usr/bin/env node
// Benchmark for `keydoctor trace` (issue 3): generates a deterministic,
// monorepo-like tree of 50,000 files in bench/.tree/ (a large node_modules,
// build output, nested .gitignore files, definitions planted at known places,
// and the same keys planted in ignored places), then measures in one run:
//   - trace wall time as a ratio of `rg -l` over the same tree (ripgrep is the
//     Debian package `ripgrep`; without it the ratio is reported as missing),
//   - the trace's peak memory (maximum resident set size),
//   - that 100% of the planted definitions are reported,
//   - that nothing is reported from an ignored path.
// Exits 1 if any of the four misses its target (within 2x, under 150 MB, all, none).
// Usage: node bench/trace.mjs [--runs N] [--regenerate]   (builds dist/ if needed)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { A, generate, IGNORED, PLANTED, TOTAL, VERSION } from './trace-tree.mjs';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const TREE = join(ROOT, 'bench', '.tree');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;

// ---------------------------------------------------------------- measuring
function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(cmd, argv, opts) {
  const t0 = process.hrtime.bigint();
  const res = spawnSync(cmd, argv, { maxBuffer: 256 * 1024 * 1024, ...opts });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, res };
}

function hasCommand(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

if (!existsSync(join(ROOT, 'dist', 'main.cjs'))) execFileSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, stdio: 'inherit' });
const command = [join(ROOT, 'bin', 'keydoctor.js'), 'trace'];
const fresh = args.includes('--regenerate') || !existsSync(join(TREE, '.bench-version')) || readFileSync(join(TREE, '.bench-version'), 'utf8').trim() !== VERSION;
const tGen = Date.now();
const files = fresh ? generate(TREE) : TOTAL;
if (fresh) console.log(`generated ${files} files in bench/.tree in ${Date.now() - tGen} ms`);

const env = { PATH: process.env.PATH ?? '', HOME: join(TREE, '..', 'no-home') };
const traceArgv = [...command, '--format', 'json', '--cwd', TREE];
const rgArgv = ['-l', '--hidden', '--no-require-git', '--no-ignore-parent', '-F', '-e', 'OPENAI_API_KEY', '-e', 'STRIPE_SECRET_KEY', '-e', 'GITHUB_TOKEN', '-e', A, '.'];
const rg = hasCommand('rg');

// Warm the page cache for both, then alternate runs.
timed(process.execPath, traceArgv, { cwd: TREE, env });
if (rg) timed('rg', rgArgv, { cwd: TREE });
const traceMs = [];
const rgMs = [];
const startMs = [];
let last;
for (let i = 0; i < RUNS; i++) {
  const t = timed(process.execPath, traceArgv, { cwd: TREE, env });
  traceMs.push(t.ms);
  last = t.res;
  if (rg) rgMs.push(timed('rg', rgArgv, { cwd: TREE }).ms);
  // Node start-up and loading the command, without tracing: `trace --help`.
  startMs.push(timed(process.execPath, [...command, '--help'], { cwd: TREE, env }).ms);
}

// Peak memory: GNU time's maximum resident set size, else the child's own report.
let peakKb;
if (existsSync('/usr/bin/time')) {
  const m = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...traceArgv], { cwd: TREE, env, maxBuffer: 256 * 1024 * 1024 });
  peakKb = Number(String(m.stderr).trim().split('\n').pop());
}

// Correctness: every planted definition reported, nothing from an ignored path.
const out = JSON.parse(String(last.stdout));
const seen = new Set();
for (const v of out.variables) {
  for (const d of v.definitions) if (d.line) seen.add(`${d.file}:${d.line}`);
  for (const f of v.findings) if (f.location?.line) seen.add(`${f.location.file}:${f.location.line}`);
}
for (const f of out.findings) if (f.location) seen.add(`${f.location.file}:${f.location.line ?? ''}`);
const missing = PLANTED.filter((p) => !seen.has(p));
const leaked = [...seen].filter((s) => IGNORED.some((re) => re.test(s)));

const tMed = median(traceMs);
const rMed = rg ? median(rgMs) : undefined;
const ratio = rMed ? tMed / rMed : undefined;
const peakMb = peakKb ? peakKb / 1024 : undefined;
const results = {
  files,
  walked: out.stats.files,
  runs: RUNS,
  traceMs: Math.round(tMed),
  startupMs: Math.round(median(startMs)),
  rgMs: rMed === undefined ? null : Math.round(rMed),
  ratio: ratio === undefined ? null : Number(ratio.toFixed(2)),
  peakMb: peakMb === undefined ? null : Number(peakMb.toFixed(1)),
  planted: PLANTED.length,
  found: PLANTED.length - missing.length,
  missing,
  leaked,
  exitCode: last.status,
};
console.log(`tree         ${files} files (${out.stats.files} walked after .gitignore and skipped directories)`);
console.log(`trace        ${results.traceMs} ms (median of ${RUNS}, \`keydoctor trace --format json\`, every probe variable)`);
console.log(`  start-up   ${results.startupMs} ms of it: Node and loading the command (\`trace --help\`)`);
console.log(rg ? `rg -l        ${results.rgMs} ms (median of ${RUNS}, same tree, same .gitignore rules)` : 'rg -l        ripgrep is not installed (apt-get install -y ripgrep): no ratio');
console.log(`ratio        ${ratio ? `${ratio.toFixed(2)}x ripgrep` : 'n/a'}   target: within 2x`);
console.log(`peak memory  ${peakMb ? `${peakMb.toFixed(1)} MB` : 'n/a (/usr/bin/time missing)'}   target: under 150 MB`);
console.log(`planted      ${results.found}/${results.planted} found${missing.length ? `; missing ${missing.join(', ')}` : ''}`);
console.log(`ignored      ${leaked.length ? `LEAKED ${leaked.join(', ')}` : 'nothing reported from ignored paths'}`);
console.log(JSON.stringify(results));
const slow = ratio !== undefined && ratio > 2;
const heavy = peakMb !== undefined && peakMb >= 150;
if (missing.length || leaked.length || slow || heavy) process.exitCode = 1;
