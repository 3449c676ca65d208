// Which GitHub a token is for: github.com, a GitHub Enterprise Cloud tenant with data residency
// (SUBDOMAIN.ghe.com) or a GitHub Enterprise Server (any host the company runs).
// - GH_HOST names the host for gh (https://cli.github.com/manual/gh_help_environment); GH_TOKEN / GITHUB_TOKEN
//   serve github.com and *.ghe.com, GH_ENTERPRISE_TOKEN / GITHUB_ENTERPRISE_TOKEN a GitHub Enterprise Server.
// - GITHUB_API_URL is the API root an Actions runner sets (https://api.github.com, https://HOST/api/v3 on a
//   server, https://api.SUBDOMAIN.ghe.com on a tenant), and many tools read it (suzuki-shunsuke/github-comment v6.2.0).
// - The API of a ghe.com tenant is api.SUBDOMAIN.ghe.com (docs.github.com enterprise-cloud GraphQL guide, quoted in
//   gitify-app/gitify#2560); a server's is https://HOST/api/v3 (github.com/orgs/community/discussions/24365).
// A ghe.com host is a tenant of a shared domain (officialHosts `*.ghe.com`); a server's host is nobody's official host:
// both receive a key only when the setting that names them is as trusted as the key (src/net/target.ts).

const HOST = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*(?::\d{1,5})?$/;

/** `ghes.example.com` from `ghes.example.com`, `https://ghes.example.com/`; undefined when it is no host name. */
function hostName(value: string | undefined): string | undefined {
  const h = value?.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/\/+$/, '');
  return h && HOST.test(h) ? h : undefined;
}

/** The REST API root of a GitHub host; undefined for github.com itself (the probe's default). */
export function apiForHost(host: string): string | undefined {
  if (host === 'github.com' || host === 'api.github.com' || host === 'www.github.com') return undefined;
  if (host.endsWith('.ghe.com')) return host.startsWith('api.') ? `https://${host}` : `https://api.${host}`;
  return `https://${host}/api/v3`;
}

/** The API GH_HOST (first: gh's explicit choice) or GITHUB_API_URL names; undefined for github.com. */
export function githubBaseUrl(settings: Record<string, string | undefined>): string | undefined {
  const host = hostName(settings.GH_HOST);
  if (host) return apiForHost(host);
  const api = settings.GITHUB_API_URL?.trim();
  if (!api) return undefined;
  let url: URL;
  try {
    url = new URL(api);
  } catch {
    return undefined;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === 'api.github.com') return undefined;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}
