// What to change depends on who made the request: each runtime reads its own
// trust store and proxy settings. `check` runs on Node (keydoctor itself), so
// its fixes are Node's; `explain` reads the runtime from the pasted text.
// Sources: Python ssl/certifi (https://pypi.org/project/certifi/, requests
// "SSL Cert Verification" docs: REQUESTS_CA_BUNDLE), httpx (SSL_CERT_FILE),
// Node (NODE_EXTRA_CA_CERTS, https://nodejs.org/api/cli.html), Go crypto/x509
// (SSL_CERT_FILE / SSL_CERT_DIR on Unix, https://pkg.go.dev/crypto/x509),
// Java keytool -importcert -cacerts, curl --cacert/--proxy-user (curl(1)); Rust reqwest: system proxies from
// HTTP(S)_PROXY/ALL_PROXY/NO_PROXY by default (reqwest tests/proxy.rs), rustls with built-in roots unless built
// with native roots (LucasPickering/slumber#275: add_root_certificate or rustls-native-certs).

export type Runtime = 'python' | 'node' | 'go' | 'java' | 'dotnet' | 'curl' | 'php' | 'rust';

export const RUNTIME_NAME: Record<Runtime, string> = {
  python: 'Python', node: 'Node.js', go: 'Go', java: 'Java', dotnet: '.NET', curl: 'curl', php: 'PHP', rust: 'Rust',
};

/** The runtime's way to trust a TLS-inspecting proxy's root certificate. */
export const TRUST_FIX: Record<Runtime, string> = {
  python: 'Python trusts certifi\'s bundle, not the system store: add the proxy\'s root certificate (PEM) to a bundle and point SSL_CERT_FILE (httpx, openai, anthropic, aiohttp) and REQUESTS_CA_BUNDLE (requests, HTTPie) at it; `python -m certifi` prints the bundle in use.',
  node: 'If a corporate proxy or antivirus inspects TLS, point NODE_EXTRA_CA_CERTS at its root certificate (PEM) and run again; otherwise check the system clock and the host name.',
  go: 'Go reads the system trust store: add the proxy\'s root certificate there, or set SSL_CERT_FILE (or SSL_CERT_DIR) to a PEM bundle that includes it.',
  java: 'Import the proxy\'s root certificate into the JVM\'s truststore (`keytool -importcert -cacerts -alias corp-root -file root.pem`), or start the JVM with -Djavax.net.ssl.trustStore pointing at a truststore that has it.',
  dotnet: '.NET uses the operating system\'s store: import the proxy\'s root certificate into Trusted Root Certification Authorities (Windows) or /usr/local/share/ca-certificates then `update-ca-certificates` (Linux).',
  curl: 'Pass the proxy\'s root certificate with `--cacert root.pem` (or set CURL_CA_BUNDLE); never `-k` for a request that carries a key.',
  php: 'Point curl.cainfo and openssl.cafile in php.ini at a PEM bundle that includes the proxy\'s root certificate (Guzzle also takes `verify => "/path/root.pem"`).',
  rust: 'reqwest built with native-tls reads the system store (or SSL_CERT_FILE): add the proxy\'s root certificate there; built with rustls it trusts only its bundled roots unless the program adds one (ClientBuilder::add_root_certificate) or uses rustls-native-certs.',
};

/** When the runtime is not known: each common runtime's setting, so the reader finds theirs. */
export const TRUST_FIX_ANY = 'Add the TLS-inspecting proxy\'s root certificate to the trust store of the program that made the request: Python SSL_CERT_FILE / REQUESTS_CA_BUNDLE (certifi), Node.js NODE_EXTRA_CA_CERTS, Go SSL_CERT_FILE, Java the JVM truststore (keytool), curl --cacert. If no proxy inspects TLS, check the system clock and the host name.';

/** The runtime's way to give proxy credentials or choose the proxy. */
export const PROXY_FIX: Record<Runtime, string> = {
  python: 'requests, httpx and the SDKs on them read HTTPS_PROXY / NO_PROXY: put the proxy credentials in it (`http://user:pass@proxy:port`), or exclude the provider with NO_PROXY if it must not go through the proxy.',
  node: 'Put the proxy credentials in HTTPS_PROXY (`http://user:pass@proxy:port`) or ask IT for the right proxy; Node\'s own fetch reads HTTPS_PROXY only with NODE_USE_ENV_PROXY=1 (or an undici EnvHttpProxyAgent).',
  go: 'Go\'s net/http reads HTTPS_PROXY / NO_PROXY: put the proxy credentials in it (`http://user:pass@proxy:port`) or exclude the provider with NO_PROXY.',
  java: 'Give the JVM the proxy with -Dhttps.proxyHost / -Dhttps.proxyPort (credentials through an Authenticator, or the proxy\'s own client); Java ignores HTTPS_PROXY.',
  dotnet: '.NET reads HTTPS_PROXY on Linux and the system proxy on Windows: set the credentials there, or the HttpClientHandler\'s Proxy with NetworkCredential.',
  curl: 'Give curl the proxy and its credentials: `-x http://proxy:port --proxy-user user:pass` (or HTTPS_PROXY), or `--noproxy HOST` when the provider must be reached directly.',
  php: 'Set the proxy and its credentials on the client (Guzzle `proxy => "http://user:pass@proxy:port"`, curl CURLOPT_PROXYUSERPWD).',
  rust: 'reqwest reads HTTPS_PROXY / ALL_PROXY / NO_PROXY unless the program turned system proxies off: put the proxy credentials in it (`http://user:pass@proxy:port`) or exclude the provider with NO_PROXY.',
};

/** Extra help for a name that does not resolve, where the runtime resolves its own way. */
export const DNS_FIX: Partial<Record<Runtime, string>> = {
  go: 'Go may use its own resolver instead of the system\'s (VPN and split DNS differ): try `GODEBUG=netdns=cgo` to resolve like the rest of the machine.',
  java: 'The JVM caches lookups (networkaddress.cache.ttl): after fixing DNS, restart the process.',
};
