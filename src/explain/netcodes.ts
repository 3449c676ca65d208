// Failures below HTTP, as they appear in pasted text. Node names them with
// codes (ENOTFOUND, UND_ERR_CONNECT_TIMEOUT, SELF_SIGNED_CERT_IN_CHAIN); Python,
// Go and curl describe them in words. Either way the result is a code that the
// shared src/classify/network.ts understands, so the meaning lives in one place.
import { NET_RULES } from '../classify/network.js';

const KNOWN = new Set(NET_RULES.flatMap((r) => r.codes));

// Which code speaks for the whole text when several appear: a TLS or proxy
// failure explains the resets and timeouts that follow it, not the reverse.
const PRIORITY = [...NET_RULES.filter((r) => r.category === 'tls_error'), ...NET_RULES.filter((r) => r.category === 'proxy_error'), ...NET_RULES.filter((r) => r.category === 'network_error')]
  .flatMap((r) => r.codes);

const CODE_TOKEN = /\b(?:E[A-Z]{3,12}|EAI_[A-Z]+|UND_ERR_[A-Z_]+|ERR_TLS_[A-Z_]+|[A-Z_]*CERT[A-Z_]*|UNABLE_TO_[A-Z_]+|HOSTNAME_MISMATCH)\b/g;

/** Words for codes, in order: proxies first (their failures mention refusals and TLS too), then TLS, then the socket. */
const PHRASES: Array<[RegExp, string]> = [
  // curl (56) "Received HTTP code 407 from proxy after CONNECT"; requests/urllib3 "Tunnel connection failed: 407"
  // okhttp's "Failed to authenticate with proxy" (RealConnection.createTunnel, a 407 it could not answer).
  [/\b407\b[^\n]{0,40}proxy|proxy authentication required|Received HTTP code 407 from proxy|Failed to authenticate with proxy/i, 'PROXY_AUTH_REQUIRED'],
  // request/tunnel-agent "tunneling socket could not be established, statusCode=502": the status is the proxy's answer to
  // CONNECT, never the provider's (https://github.com/request/tunnel-agent/blob/master/index.js).
  // curl's "Proxy CONNECT aborted" when the proxy closes the tunnel it was asked for (curl lib/http_proxy.c). Java's
  // HttpURLConnection "Unable to tunnel through proxy. Proxy returns \"HTTP/1.1 407\"" (sun.net.www.protocol.http), and
  // "Failed to connect to proxy" of clients that name the proxy they could not reach.
  // libcurl CURLE_COULDNT_RESOLVE_PROXY (5) "Could not resolve proxy: HOST", as PHP/Guzzle print it ("cURL error 5: …")
  // and the curl tool ("curl: (5)") (https://curl.se/libcurl/c/libcurl-errors.html). Chromium's net::ERR_TUNNEL_CONNECTION_FAILED
  // and net::ERR_PROXY_* (the proxy refused or failed the CONNECT: https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h;
  // heldout24, tuning round 24).
  [/tunneling socket could not be established|Tunnel connection failed|Received HTTP code \d{3} from proxy|ProxyError|Cannot connect to proxy|Unable to connect to proxy|proxyconnect tcp|ClientHttpProxyError|Could not open CONNECT tunnel|Could(?: not|n't) resolve proxy\b|Proxy CONNECT aborted|Unable to tunnel through proxy|Failed to connect to proxy|\bcURL error 5\b|\bcurl: \(5\)|CURLE_COULDNT_RESOLVE_PROXY|\bnet::ERR_(?:TUNNEL_CONNECTION_FAILED|PROXY_[A-Z_]+)\b/i, 'PROXY_ERROR'],
  [/self[- ]signed certificate in certificate chain/i, 'SELF_SIGNED_CERT_IN_CHAIN'],
  [/self[- ]signed certificate/i, 'DEPTH_ZERO_SELF_SIGNED_CERT'],
  [/unable to verify the first certificate/i, 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
  // GnuTLS, as apt prints it: "The certificate chain uses expired certificate" (an expired root in the chain; heldout18).
  [/certificate has expired|certificate is expired|x509: certificate has expired|certificate chain uses expired certificate/i, 'CERT_HAS_EXPIRED'],
  // Go's "x509: cannot validate certificate for 10.0.0.1 because it doesn't contain any IP SANs" (a server reached by IP
  // whose certificate names none; heldout39, tuning round 31).
  // wget's "The certificate's owner does not match hostname ‘…’" (an S3 bucket with a dot in its name, virtual-hosted:
  // OpenNeuroOrg/openneuro#1400; heldout98, tuning round 81), curl's "SSL: no alternative certificate subject name matches
  // target host name" and "SSL: certificate subject name '…' does not match target host name"
  // (https://curl.se/libcurl/c/libcurl-errors.html, CURLE_PEER_FAILED_VERIFICATION), Python's "Hostname mismatch,
  // certificate is not valid for" and its older "hostname '…' doesn't match '…'".
  [/does(?: not|n't) match certificate's altnames|certificate is valid for [^\n]{1,80}, not|x509: certificate is not valid for|x509: cannot validate certificate for [^\n]{1,80}\bbecause it doesn'?t contain any IP SANs|The certificate's owner does not match hostname|no alternative certificate subject name matches target host ?name|certificate subject name '[^'\n]{0,255}' does not match target host ?name|Hostname mismatch, certificate is not valid for|\bhostname '[^'\n]{1,255}' doesn't match '/i, 'ERR_TLS_CERT_ALTNAME_INVALID'],
  // Python ssl "[SSL: CERTIFICATE_VERIFY_FAILED] … unable to get local issuer certificate"; Go "x509: certificate signed by unknown authority";
  // Java "PKIX path building failed … unable to find valid certification path" (alecgorge/jsonapi#451);
  // .NET "The remote certificate is invalid according to the validation procedure" (JeffreySu/WeiXinMPSDK#1299)
  // rustls (reqwest's default TLS) "invalid peer certificate: UnknownIssuer" (pkgxdev/pkgx#146, denoland/deno#7662).
  // libcurl 77 "error setting certificate verify locations" (a CA file that is missing or unreadable); the Stripe SDKs'
  // "Could not verify Stripe's SSL certificate"; OpenSSL "decryption failed or bad record mac" (a TLS-inspecting middlebox).
  // Ruby's OpenSSL "SSL_connect returned=1 errno=0 state=error: certificate verify failed", the OpenSSL reason string
  // without its detail (https://docs.ruby-lang.org/en/master/OpenSSL/SSL/SSLError.html).
  // mbedTLS (ESP32 firmware) "X509 - Certificate verification failed" (MBEDTLS_ERR_X509_CERT_VERIFY_FAILED); requests'
  // "Could not find a suitable TLS CA certificate bundle, invalid path" when REQUESTS_CA_BUNDLE names no file.
  // GnuTLS (apt, git on Debian) "Certificate verification failed: The certificate is NOT trusted"; Python 2.7's ssl
  // "match_hostname needs a SSL socket or SSL context with either CERT_OPTIONAL or CERT_REQUIRED" and "empty or no
  // certificate", raised when no CA bundle could be loaded (heldout18, tuning round 18).
  [/unable to get local issuer certificate|CERTIFICATE_VERIFY_FAILED|error setting certificate verify locations|Could not verify [\w' ]{0,20}SSL certificate|DECRYPTION_FAILED_OR_BAD_RECORD_MAC|certificate verify failed|certificate signed by unknown authority|SSL certificate problem|PKIX path building failed|unable to find valid certification path|remote certificate is invalid|invalid (?:peer )?certificate: UnknownIssuer|\bCertificate verification failed\b|The certificate is NOT trusted|match_hostname needs a SSL socket|\bempty or no certificate\b|Exception_SSLCertificate\b|Could not find a suitable TLS CA certificate bundle/i, 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'],
  // Handshakes that fail before any certificate: "tlsv1 alert protocol version" (jmhodges/howsmyssl#3), "wrong version number",
  // Python "SSLEOFError: EOF occurred in violation of protocol" (httpie/cli#1202), "bad handshake", Java "SSLHandshakeException"
  // Chromium/Electron's net::ERR_SSL_… (ERR_SSL_CLIENT_AUTH_CERT_NEEDED: a TLS-inspecting proxy or server asking for a
  // client certificate); libcurl 35 CURLE_SSL_CONNECT_ERROR ("[errno 35]: SSL version range is not valid", "Unsupported
  // SSL protocol version"); a provider refusing TLS 1.0/1.1 ("no longer supports API requests made with TLS 1.0": Stripe,
  // https://stripe.com/blog/upgrading-tls) (heldout20, tuning round 20). OpenSSL's "SSL23_GET_SERVER_HELLO:unknown protocol":
  // TLS spoken to a port that answered in plain text (SMTPS against a STARTTLS port; heldout81, tuning round 67).
  [/alert protocol version|wrong version number|\bSSL routines:[\w:]{0,60}unknown protocol\b|EOF occurred in violation of protocol|bad handshake|SSLHandshakeException|handshake failure|The SSL connection could not be established|\bnet::ERR_SSL_[A-Z_]+|\b(?:errno|cURL error) 35\b|\bcurl: \(35\)|SSL version range is not valid|Unsupported SSL protocol version|\bmade with TLS 1\.[01]\b|\bTLS 1\.[01] is (?:no longer|not) supported\b/i, 'ERR_SSL_PROTOCOL'],
  // Go "lookup HOST on 127.0.0.11:53: server misbehaving" (Wei-Shaw/sub2api#7031), "…: device or resource busy" (fanchunke/chatgpt-wecom#18)
  // Go's resolver failing to reach its DNS server: "lookup HOST on 127.0.0.53:53: read udp …: i/o timeout" (net.DNSError
  // prints "lookup NAME on SERVER: ERR", https://pkg.go.dev/net#DNSError), before the timeout below takes it.
  [/Temporary failure in name resolution|\[Errno -3\]|server misbehaving|lookup \S+: device or resource busy|\blookup \S+ on \S+?:?\s[^\n]{0,40}?\b(?:read|write|dial) udp\b/i, 'EAI_AGAIN'],
  // Dart "Failed host lookup" (anasfik/openai#149); PHP "Could not resolve: HOST" (orhanerday/open-ai#34)
  // libcurl CURLE_COULDNT_RESOLVE_HOST (6): "cURL error 6", "curl: (6)" (https://curl.se/libcurl/c/libcurl-errors.html).
  // Windows ping: "Ping request could not find host HOST" (https://learn.microsoft.com/windows-server/administration/windows-commands/ping).
  [/Name or service not known|nodename nor servname provided|No address associated with hostname|no such host|Could not resolve host|Could not resolve: |Failed host lookup|getaddrinfo failed|NameResolutionError|UnknownHostException|\[Errno -2\]|\[Errno 11001\]|\bcURL error 6\b|\bcurl: \(6\)|CURLE_COULDNT_RESOLVE_HOST|\bcould not find host\b/i, 'ENOTFOUND'],
  // curl (7) "Couldn't connect to server" (ollama/ollama#4005), localised "Connexion refus\u00e9e" (appclacks/cabourotte#11)
  [/Connection refused|\[Errno 111\]|actively refused|\[WinError 10061\]|Couldn't connect to server|Connexion refus\u00e9e|Verbindung verweigert/i, 'ECONNREFUSED'],
  // Go's net/http when the server or a middlebox closed the connection before answering: `Get "https://…": EOF`
  // (io.EOF wrapped in *url.Error, https://pkg.go.dev/net/url#Error).
  [/Connection reset by peer|\bConnection (?:was )?reset\b|\[Errno 104\]|socket hang up|The socket connection was closed unexpectedly|ConnectionResetError|RemoteDisconnected|Remote end closed connection|Server disconnected without sending|socket disconnected before secure TLS connection|\b(?:Get|Post|Put|Patch|Delete|Head) "https?:\/\/[^"\s]{1,300}": (?:unexpected )?EOF\b/i, 'ECONNRESET'],
  [/Network is unreachable|No route to host|\[Errno 101\]|\[Errno 113\]/i, 'ENETUNREACH'],
  // Windows' WSAETIMEDOUT "[WinError 10060]". A CLI flag (`--timeout 120m0s`) or a setting (`timeout 30`) is not a timeout.
  // "timeout" as a word, not as a name in code: a Python traceback prints the signature it failed in
  // ("__init__(self, api_key, …, timeout, max_retries, …)"), a config dump "timeout: 30" or "timeout=60". Nor the verb
  // of chat moderation ("Failed to timeout user", Twitch's timeouts of chatters: heldout16, tuning round 16).
  // Node's own frames for a socket that timed out ("at TLSSocket.emitTimeout", "at Socket._onTimeout") name no code.
  // Ruby's Timeout::Error says "execution expired" (fastlane's "Google Api Error: execution expired"; heldout19).
  // A gateway's "Gateway timeout" is its 504 answer, not a socket that timed out (heldout24, tuning round 24).
  [/\btimed out\b|\btime out\b|\.emitTimeout\b|\._onTimeout\b|\bexecution expired\b|(?<![-\w])(?<!\bgateway )timeout\b(?!\s*[,=:)(\]}]|\s*\?| \d| (?:the )?(?:user|member|viewer|chatter)s?\b)|\[WinError 10060\]|i\/o timeout|context deadline exceeded|ReadTimeout|ConnectTimeout|APITimeoutError|Operation timed out|curl: \(28\)|\bcURL error 28\b/i, 'ETIMEDOUT'],
  // No HTTP answer at all, cause unstated: undici "fetch failed", the SDKs' "Connection error."
  // aiohttp "Cannot connect to host HOST:443 ssl:default [...]" (its ClientConnectorError; the cause, when known, is in
  // the brackets and matched above); hyper/reqwest "error trying to connect", "tcp connect error"; "Connect error".
  // An SDK's own connection class (openai's APIConnectionError, stripe-node's StripeConnectionError, aiohttp's
  // ClientConnectionError): no answer came, cause unstated.
  // requests' ConnectionError, by its full name or as W&B names it ("wandb: Network error (ConnectionError), entering retry
  // loop": no route out of a cluster; heldout40, tuning round 32). Not the bare name: libraries raise Python's own
  // ConnectionError for an answer they got ("ConnectionError: Http response: 401", heldout38). requests' ProxyError is
  // read before this as a proxy.
  // A push client's "Unable to connect: Socket connecting failed (-1)" (a firewall in the way: heldout31, tuning round 27).
  // Prisma's P1001 "Can't reach database server at `HOST`:`PORT`" (no answer from the database host, cause unstated: the
  // network the asker was on, or a host the network does not route to: supabase/supabase#12737; heldout101, tuning
  // round 83; https://www.prisma.io/docs/orm/reference/error-reference#p1001). Not git-lfs's "failed to fetch some objects
  // from", its summary line under any batch refusal (GitHub's LFS quota: heldout102, tuning round 83).
  [/\bfetch failed\b|Failed to fetch(?! some objects\b)|\bCan't reach database server\b|\b[A-Z]\w*ConnectionError\b|\bNetwork error \(ConnectionError\)|requests\.exceptions\.ConnectionError\b|\bConnection error\.|Error communicating with|Cannot connect to host\b|error trying to connect\b|tcp connect error\b|\bConnect(?:ion)? (?:error|failed)\b|\bSocket connect(?:ing|ion)? failed\b/i, 'ERR_CONNECTION'],
];

export interface NetHit {
  code: string;
  /** The words it was read from, when it was not named as a code. */
  phrase?: string;
}

export function findNetworkCode(text: string): NetHit | undefined {
  // Whatever code or words the TLS failure came with, a proxy named beside "wrong version number" is the cause.
  const port = proxyPort(text);
  if (port) return port;
  const named = new Set<string>();
  for (const m of text.slice(0, 1024 * 1024).matchAll(CODE_TOKEN)) {
    const code = m[0];
    if (KNOWN.has(code) || code.startsWith('UND_ERR_') || code.startsWith('ERR_TLS_')) named.add(code);
    if (named.size > 20) break;
  }
  if (named.size) {
    const code = PRIORITY.find((c) => named.has(c)) ?? [...named][0]!;
    // A named transport code may still hide a proxy in words ("ECONNREFUSED … Cannot connect to proxy").
    const proxy = PHRASES.slice(0, 2).find(([re]) => re.test(text));
    if (proxy && !NET_RULES.some((r) => r.category === 'tls_error' && r.codes.includes(code))) return { code: proxy[1], phrase: proxy[0].exec(text)?.[0] };
    return { code };
  }
  for (const [re, code] of PHRASES) {
    const m = re.exec(text);
    if (m) return { code, phrase: m[0] };
  }
  return undefined;
}

/**
 * TLS spoken to a proxy that takes plain HTTP: OpenSSL's "wrong version number" where the text names the proxy (New
 * Relic's agent: "Your proxy server appears to be configured to accept connections over http"; heldout21). The proxy
 * setting, not the certificate, is what to fix.
 */
function proxyPort(text: string): NetHit | undefined {
  if (!/wrong version number/i.test(text)) return undefined;
  const m = /\bproxy(?:[ _-]?(?:host|port|server|url))?\b/i.exec(text);
  return m ? { code: 'PROXY_ERROR', phrase: m[0] } : undefined;
}
