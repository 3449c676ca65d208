// The one import() of a file keydoctor did not ship: a probe plugin. Its own
// module because code that runs from a V8 code cache cannot call import() on
// Node 20 (the cache loses the callback); the build serves this function from
// dist/load.cjs, which Node compiles itself (scripts/build.mjs).
export function importModule(url: string): Promise<unknown> {
  return import(url);
}
