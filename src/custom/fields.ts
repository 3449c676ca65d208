// Two field checks of a custom provider with rules of their own: the request
// URL (where the key goes) and identity paths (what a success reveals).
import { isLoopback } from '../net/target.js';

export type IdentityPath = { json: (string | number)[] } | { header: string };

export function checkUrl(value: string, fail: (what: string) => never): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('is not a valid URL');
  }
  if (value.includes('{key}')) fail('cannot contain {key}: URLs end up in logs and history; put the key in auth:');
  if (url.username || url.password) fail('cannot carry credentials; keys travel in auth:');
  if (url.hash) fail('cannot have a #fragment');
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) fail(`is plain http to ${url.hostname}: the key would cross the network unencrypted; use https (plain http only to 127.0.0.1 or localhost)`);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(`uses ${url.protocol}; use https`);
  return url;
}

/** `$.user.email`, `$.teams[0].name`, or `header:x-account-id`. */
export function identityPath(v: unknown, fail: (what: string) => never): IdentityPath {
  const bad = "must be a JSON path like '$.user.email' or '$.teams[0].name', or 'header:Name'";
  if (typeof v !== 'string') return fail(bad);
  const h = /^header:\s*([A-Za-z0-9!#$%&'*+.^_`|~-]+)$/i.exec(v);
  if (h) return { header: h[1]!.toLowerCase() };
  if (!/^\$((\.[A-Za-z0-9_-]+)|(\[\d+\]))+$/.test(v)) return fail(bad);
  const json: (string | number)[] = [];
  for (const m of v.slice(1).matchAll(/\.([A-Za-z0-9_-]+)|\[(\d+)\]/g)) json.push(m[1] ?? Number(m[2]));
  return { json };
}
