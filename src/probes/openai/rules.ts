// OpenAI: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, type Rule } from '../kit.js';

export const rules: Rule[] = [
  {
    // 401 "Incorrect API key provided: sk-…" (continuedev/continue#10276)
    id: 'invalid_api_key',
    when: (a, e) => a.status === 401 && e.code === 'invalid_api_key',
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'Copy the key again from https://platform.openai.com/api-keys (it is shown only once; create a new one if lost).',
      'Check that the value your app loads is the one you expect: `keydoctor trace OPENAI_API_KEY`.',
    ],
  },
  {
    // 401 account_deactivated (nat/openplayground#143, ChatGPTNextWeb/NextChat#2782)
    id: 'account_deactivated',
    when: (_a, e) => e.code === 'account_deactivated' || /deactivated/i.test(e.message ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'The account or user that owns this key is deactivated: a key dies with its user. Ask an organisation owner to issue a key from an active member or a service account.',
      'If the account should be active, contact OpenAI support with `keydoctor report`.',
    ],
  },
  {
    // 401 mismatched_organization (microsoft/foundry-dev-tools#262)
    id: 'mismatched_organization',
    when: (_a, e) => e.code === 'mismatched_organization' || /OpenAI-Organization header should match/i.test(e.message ?? ''),
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'OPENAI_ORG_ID (sent as OpenAI-Organization) names an organisation this key does not belong to: unset it or set it to the key\'s organisation.',
    ],
  },
  {
    // 401 mismatched_project "OpenAI-Project header should match project for API key": OPENAI_PROJECT_ID (the SDKs
    // send it as OpenAI-Project) names another project than the key's. Projects:
    // https://help.openai.com/en/articles/9186755-managing-projects-in-the-api-platform. The wording and code are
    // handled by name in many public projects; no public thread quoting the whole body was found [code].
    id: 'mismatched_project',
    when: (_a, e) => e.code === 'mismatched_project' || /OpenAI-Project header should match/i.test(e.message ?? ''),
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'The key authenticates, but OPENAI_PROJECT_ID (sent as OpenAI-Project) names a project it does not belong to: unset it (a project key carries its own project) or set it to the key\'s project id (proj_…, Project settings → General).',
    ],
  },
  {
    // "You do not have access to the organization tied to the API key" (CopilotKit/CopilotKit#3221): the request
    // names an organisation or project the key's user cannot use.
    id: 'organization_access',
    when: (a, e) => (a.status === 401 || a.status === 403) && /do not have access to the organi[sz]ation tied to the API key/i.test(e.message ?? ''),
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'The key authenticates, but not for the organisation the request names: unset OPENAI_ORG_ID and OPENAI_PROJECT_ID (sent as OpenAI-Organization and OpenAI-Project) or set them to the key\'s own organisation and project.',
      'If neither is set, the key\'s user may have lost access to its organisation: check the members at https://platform.openai.com/settings/organization/people.',
    ],
  },
  {
    // 401 "You must be a member of an organization to use the API" (error-codes guide)
    id: 'no_organization',
    when: (a, e) => a.status === 401 && /member of an organization/i.test(e.message ?? ''),
    category: 'invalid_user',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The key\'s user belongs to no organisation: join one or create a key in an organisation you belong to.'],
  },
  {
    // 401 "IP not authorized" (project/org IP allowlist, error-codes guide)
    id: 'ip_not_authorized',
    when: (a, e) => (a.status === 401 || a.status === 403) && /IP.*not authori[sz]ed/i.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The project or organisation has an IP allowlist that excludes this machine: add its address in the project settings.'],
  },
  {
    // 401/403 "You have insufficient permissions for this operation. Missing scopes: …" (microsoft/PowerToys#32989);
    // a restricted key without Models: Read gets 403 "Missing scopes: api.model.read" here and still works for chat
    // (charonn0/Xojo-OpenAI#8): on the probe's own call, check reads it as valid, limited (no everyCall).
    id: 'missing_scopes',
    when: (a, e) => (a.status === 401 || a.status === 403) && /insufficient permissions|missing scopes/i.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['This is a restricted key lacking a permission: edit the key\'s permissions at https://platform.openai.com/api-keys, or ask for a role with access.'],
  },
  {
    // 403 unsupported_country_region_territory (home-assistant/core#120072)
    id: 'unsupported_country',
    when: (_a, e) => e.code === 'unsupported_country_region_territory' || /country, region, or territory not supported/i.test(e.message ?? ''),
    category: 'region_blocked',
    verdict: 'invalid',
    evidence: said,
    fixes: ['OpenAI does not serve the country this request comes from; a VPN or proxy exit in another country changes what OpenAI sees.'],
  },
  {
    // 429 insufficient_quota (openai/openai-cookbook#844)
    id: 'insufficient_quota',
    when: (_a, e) => e.code === 'insufficient_quota' || e.type === 'insufficient_quota' || /exceeded your current quota/i.test(e.message ?? ''),
    category: 'billing_or_quota',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Add credits or raise the limit at https://platform.openai.com/settings/organization/billing.'],
  },
  {
    // 400 "No such organization: org-…" when OPENAI_ORG_ID is wrong (Aider-AI/aider#3717)
    id: 'no_such_organization',
    when: (_a, e) => /no such organi[sz]ation/i.test(e.message ?? ''),
    category: 'tenant_mismatch',
    verdict: 'invalid',
    evidence: said,
    fixes: ['OPENAI_ORG_ID names an organisation that does not exist: check the id at https://platform.openai.com/settings/organization/general.'],
  },
];
