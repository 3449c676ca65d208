// Loads one of keydoctor's bundles (dist/*.cjs) through V8's code cache.
//
// Compiling the check command's JavaScript was the largest part of its
// start-up, and Node 20 keeps no compile cache for ES modules
// (module.enableCompileCache arrived in Node 22.1). So the build ships the CLI
// as CommonJS bundles, runs a representative command once
// (scripts/train-code-cache.cjs), and stores what V8 compiled beside each
// bundle (`<bundle>.cache`); here V8 takes that instead of compiling again.
// bench/README.md has the numbers.
//
// A cache is used only with the bundle of its own build (both start with the
// same build id) and only while its bytes are the ones written (a sha256 in
// its header: V8 on Node 20 does not check, and crashes on a damaged cache).
// V8 itself rejects a cache made by another V8 version or with other V8 flags
// (NODE_OPTIONS, say), and then compiles as usual: slower, never wrong. A run
// that compiled without a cache leaves one for the next (storeMissingCaches).
// Nothing here writes outside keydoctor's own dist/ folder.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/**
 * What `build.mjs` puts at the very start of every bundle: `/*kd-build:<id>*\/`,
 * then the opening of the function Node wraps a CommonJS module in (the bundle
 * ends by closing it), so the text compiles as it is, without a copy.
 */
export const BUILD_ID_PREFIX = '/*kd-build:';
// A cache file: the build id, the Node version that made it (space-padded),
// the sha256 of the rest, then what V8 serialised.
const ID_LENGTH = 16;
const NODE_LENGTH = 16;
const DIGEST_LENGTH = 32;
const HEADER_LENGTH = ID_LENGTH + NODE_LENGTH + DIGEST_LENGTH;
const NODE = process.version.padEnd(NODE_LENGTH).slice(0, NODE_LENGTH);

const sha256 = (data: Uint8Array): Buffer => createHash('sha256').update(data).digest();

export type CacheUse = 'used' | 'rejected' | 'none';

interface Loaded {
  name: string;
  file: string;
  id: string | undefined;
  script: Script;
  cache: CacheUse;
  /** Whether the run should leave a cache for the next start (storeMissingCaches). */
  store: boolean;
  exports: unknown;
}

const loaded = new Map<string, Loaded>();

/** The build id a bundle's source starts with, if it has one. */
export function buildIdOf(source: string): string | undefined {
  if (!source.startsWith(BUILD_ID_PREFIX)) return undefined;
  const id = source.slice(BUILD_ID_PREFIX.length, BUILD_ID_PREFIX.length + ID_LENGTH);
  return /^[0-9a-f]{16}$/.test(id) ? id : undefined;
}

function cacheFor(file: string, id: string): { payload: Buffer; node: string } | undefined {
  let data: Buffer;
  try {
    data = readFileSync(`${file}.cache`);
  } catch {
    return undefined;
  }
  if (data.length < HEADER_LENGTH || data.subarray(0, ID_LENGTH).toString('latin1') !== id) return undefined;
  const payload = data.subarray(HEADER_LENGTH);
  if (!sha256(payload).equals(data.subarray(ID_LENGTH + NODE_LENGTH, HEADER_LENGTH))) return undefined;
  return { payload, node: data.subarray(ID_LENGTH, ID_LENGTH + NODE_LENGTH).toString('latin1') };
}

/** Evaluate `dir/name` once (later calls return the same exports), with its code cache when it fits. */
export function loadBundle(dir: string, name: string): unknown {
  const file = join(dir, name);
  const known = loaded.get(file);
  if (known) return known.exports;
  const source = readFileSync(file, 'utf8');
  const id = buildIdOf(source);
  const cached = id ? cacheFor(file, id) : undefined;
  const script = new Script(source, { filename: file, cachedData: cached?.payload });
  const cache: CacheUse = !cached ? 'none' : script.cachedDataRejected ? 'rejected' : 'used';
  // None, or one V8 refused that another Node made. One V8 refused although this
  // Node made it was made under other V8 flags (NODE_OPTIONS): it stays for the
  // runs without them, rather than swapped at every change of flags.
  const store = id !== undefined && (cache === 'none' || (cache === 'rejected' && cached?.node !== NODE));
  const entry: Loaded = { name, file, id, script, cache, store, exports: undefined };
  const mod: { exports: unknown } = { exports: {} };
  const wrapper = script.runInThisContext() as (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;
  wrapper(mod.exports, createRequire(file), mod, file, dir);
  entry.exports = mod.exports;
  loaded.set(file, entry);
  return mod.exports;
}

/**
 * import() for the bundles: on Node 20 a script compiled from a code cache
 * keeps the dynamic-import callback of the process that made the cache, so
 * code in the bundles cannot call import() itself (src/custom/import-module.ts).
 */
export { importModule } from '../custom/import-module.js';

/** Which bundles this process loaded, and whether each took its code cache. */
export function cacheUse(): { name: string; cache: CacheUse }[] {
  return [...loaded.values()].map(({ name, cache }) => ({ name, cache }));
}

/**
 * Build time (scripts/train-code-cache.cjs): store, beside every bundle loaded
 * so far, what V8 has compiled of it, headed by the bundle's build id, the
 * Node version and the sha256 of what follows.
 * Run in the bundles' final folder: a cached script keeps the file name it was
 * made under, which stack traces (KEYDOCTOR_DEBUG) then show.
 */
export function writeCaches(): string[] {
  const written: string[] = [];
  for (const entry of loaded.values()) {
    if (entry.id) written.push(writeCache(entry, entry.id));
  }
  return written;
}

/**
 * At the end of a run: store a cache beside each bundle this process had to
 * compile without one, so the next start takes it. That is the first run of a
 * published install (the package leaves the caches out: each fits one Node
 * version), and the first run on another Node version. A cache V8 refused
 * although this Node version made it was made under other V8 flags: it stays.
 * Only beside keydoctor's own bundles; where those cannot be written (a
 * root-owned global install, a read-only image) nothing is stored and nothing
 * is said: later starts are then as this one. What V8 stores is compiled code
 * and the literals of keydoctor's source, never a value the run handled
 * (test/cli/code-cache.test.ts plants a key and searches the caches for it).
 */
export function storeMissingCaches(): string[] {
  const written: string[] = [];
  for (const entry of loaded.values()) {
    if (!entry.store || !entry.id) continue;
    try {
      written.push(writeCache(entry, entry.id));
    } catch {
      /* best effort: a start without a cache is slower, never wrong */
    }
  }
  return written;
}

/**
 * Written beside and renamed over, so a CLI starting meanwhile reads the old
 * cache or the new one. The file is opened before V8 serialises anything: where
 * it cannot be, that costs one failed open, not the serialising.
 */
function writeCache(entry: Loaded, id: string): string {
  const target = `${entry.file}.cache`;
  const tmp = `${target}.${process.pid}`;
  const fd = openSync(tmp, 'w', 0o644);
  try {
    try {
      const payload = entry.script.createCachedData();
      writeFileSync(fd, Buffer.concat([Buffer.from(id, 'latin1'), Buffer.from(NODE, 'latin1'), sha256(payload), payload]));
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err;
  }
  return target;
}
