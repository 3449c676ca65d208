// Build: one bundled ESM entry (dist/main.js) plus chunks that are loaded only
// when a command needs them (each command, undici, ora). Dependencies are
// bundled too, so start-up resolves no node_modules paths.
import { build } from 'esbuild';
import { renameSync, rmSync } from 'node:fs';

// Build beside dist and swap it in, so a CLI started during a rebuild never sees half a bundle.
const dist = new URL('../dist', import.meta.url);
const next = new URL(`../dist.next-${process.pid}`, import.meta.url);
const old = new URL(`../dist.old-${process.pid}`, import.meta.url);
try {
  await build({
    entryPoints: { main: 'src/cli/main.ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    splitting: true,
    outdir: next.pathname,
    chunkNames: 'chunks/[name]-[hash]',
    // Bundled CommonJS (undici) calls require() for Node built-ins.
    banner: { js: "import { createRequire as __kdRequire } from 'node:module'; const require = __kdRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
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
