// Over-privileged keys: where the key's format or the identity call shows more
// power than an app needs, a warning with the least-privilege alternative.
// GitHub scopes: https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/scopes-for-oauth-apps
// (X-OAuth-Scopes is sent for classic and OAuth tokens only; fine-grained tokens have none).
// Stripe restricted keys: https://docs.stripe.com/keys#create-restricted-api-secret-key
// OpenAI admin keys: https://platform.openai.com/docs/api-reference/administration (organisation users, projects, keys).
import type { Finding } from '../core/types.js';
import type { KeyFacts } from '../probes/types.js';

/** What the step knows of a key; probes read it too (`Probe.prevention`), so it lives with them. */
export type { KeyFacts };

/** GitHub scopes that administer or destroy: admin:org, admin:repo_hook, admin:enterprise, …, delete_repo. */
const GITHUB_POWERFUL = /^(admin:.+|delete_repo|site_admin)$/;

export function privilegeFindings(k: KeyFacts): Finding[] {
  const out: Finding[] = [];
  const scopes = Array.isArray(k.identity?.scopes) ? k.identity.scopes : undefined;

  if (k.expectedScopes?.length && scopes) {
    const extra = scopes.filter((s) => !k.expectedScopes!.includes(s));
    if (extra.length) {
      out.push({
        code: 'prevent.scopes_beyond_expected',
        severity: 'error',
        message: `${k.name} has scope${extra.length > 1 ? 's' : ''} ${extra.join(', ')} beyond the ${k.expectedScopes.join(', ')} that .keydoctor.yml expects.`,
        fix: 'Issue a key with exactly the expected scopes, or add the scope to expect.scopes if the app needs it.',
      });
      return out;
    }
  }

  if (k.provider === 'github' && scopes && (k.formatId === undefined || k.formatId === 'classic' || k.formatId === 'oauth')) {
    const powerful = scopes.filter((s) => GITHUB_POWERFUL.test(s));
    if (powerful.length) {
      out.push({
        code: 'prevent.over_privileged',
        severity: 'warning',
        message: `${k.name} is a classic GitHub token with ${powerful.join(', ')}: whoever gets it can administer or delete what its user can.`,
        fix: 'Replace it with a fine-grained token limited to the repositories and permissions the app uses (https://github.com/settings/personal-access-tokens/new), or a GitHub App; keep admin scopes out of apps.',
      });
    }
  }

  if (k.provider === 'stripe' && k.formatId === 'live-secret') {
    out.push({
      code: 'prevent.over_privileged',
      severity: 'warning',
      message: `${k.name} is a live secret key (sk_live_): it can do everything the account can, refunds and payouts included.`,
      fix: 'Create a restricted key (rk_live_) with only the resources the app uses (https://dashboard.stripe.com/apikeys → Create restricted key) and keep the secret key out of apps.',
    });
  }

  const admin = (k.provider === 'openai' || k.provider === 'anthropic') && k.formatId === 'admin';
  if (admin && !/ADMIN/i.test(k.name)) {
    const alt = k.provider === 'openai' ? 'a project key (sk-proj-) or a project service-account key with the permissions the app needs' : 'a workspace API key (sk-ant-api03-)';
    out.push({
      code: 'prevent.over_privileged',
      severity: 'warning',
      message: `${k.name} holds an admin key, which manages the organisation's members, keys and billing, where an app's key belongs.`,
      fix: `Give the app ${alt}; keep the admin key for administration scripts (in a variable such as ${k.provider.toUpperCase()}_ADMIN_KEY).`,
    });
  }
  return out;
}
