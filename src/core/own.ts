// Names read from a project, a config file or the environment are data: a
// variable called `constructor` or a header `toString` is looked up as the
// object's own property, never found on Object.prototype (`obj[name]` would
// hand back a function where a string was expected, and `__proto__` the
// prototype itself).

/** `obj[name]` when it is obj's own property, else undefined. */
export function own<T>(obj: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return obj !== undefined && Object.hasOwn(obj, name) ? obj[name] : undefined;
}
