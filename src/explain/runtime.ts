// Which runtime raised a pasted error: its fix for a TLS, proxy or DNS failure
// differs (Python's certifi bundle is not Node's NODE_EXTRA_CA_CERTS). Read from
// the shapes each runtime prints; the most specific first, so a Java stack that
// quotes a URL is Java, not curl. Nothing found: the fix names every runtime.
import type { Runtime } from '../classify/runtime-fixes.js';

const SHAPES: Array<[Runtime, RegExp]> = [
  ['java', /\bjavax\.net\.ssl\.\w+|\bsun\.security\.\w+|\bjava\.(?:lang|net|io)\.\w+|\.java:\d+\)|\bPKIX path building failed/],
  ['dotnet', /\bSystem\.(?:Net\.Http|Security\.Authentication|Net\.WebException|AggregateException|ClientModel)\b[\w.]*|\bHttpRequestException\b/],
  ['php', /\bGuzzleHttp\\[\w\\]+|\bPHP (?:Fatal error|Warning)\b|\bcURL error \d+/],
  ['python', /Traceback \(most recent call last\)|File "[^"\n]+\.py", line \d+|\(_ssl\.c:\d+\)|\b(?:requests|urllib3|httpx|httpcore|aiohttp|ssl)\.(?:exceptions\.)?[A-Z]\w*(?:Error|Exception)\b|\bSSLCertVerificationError\b|\[Errno -?\d+\]|\bhttps?: error: \w+Error\b|\bClientConnector(?:SSL|Certificate|DNS)?Error\b|Cannot connect to host \S+:\d+ ssl:/],
  ['node', /\bnode:(?:internal|events|_tls_wrap|_http_client)\b|\bat TLSSocket\.\w+|\bFetchError\b|\bnode_modules[\\/]|\b(?:errno|code): '[A-Z_]{6,}'|\bUND_ERR_[A-Z_]+|--use-system-ca\b/],
  ['go', /\bx509: [a-z]|\btls: failed to verify\b|\bdial tcp\b|\bproxyconnect tcp\b|^(?:Get|Post|Put|Patch|Delete|Head) "https?:\/\/[^"\n]+": /m],
  // reqwest/hyper: "error sending request for url (…)", "error trying to connect", a panic or a .rs frame.
  ['rust', /\breqwest::\w+|\bhyper(?:_util)?::\w+|error sending request for url\b|error trying to connect\b|thread '[^'\n]+' panicked at|\.rs:\d+:\d+/],
  ['curl', /\bcurl: \(\d+\)|^\* (?:SSL|TLS|Trying|Connected|CAfile)\b/m],
];

export interface RuntimeHit {
  runtime: Runtime;
  /** The words it was read from. */
  from: string;
}

export function detectRuntime(text: string): RuntimeHit | undefined {
  const head = text.slice(0, 256 * 1024);
  for (const [runtime, re] of SHAPES) {
    const m = re.exec(head);
    if (m) return { runtime, from: m[0].trim().slice(0, 60) };
  }
  return undefined;
}
