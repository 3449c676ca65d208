// OpenAI. Keys: https://platform.openai.com/api-keys
// Error codes: https://platform.openai.com/docs/guides/error-codes (developers.openai.com/docs/guides/error-codes)
// Key formats: trufflehog pkg/detectors/openai, gitleaks rules/openai.go (the T3BlbkFJ marker is base64 "OpenAI").
// Env and headers: openai/openai-node src/client.ts (OPENAI_BASE_URL, OPENAI_ORG_ID -> OpenAI-Organization,
// OPENAI_PROJECT_ID -> OpenAI-Project).
// Admin keys: https://platform.openai.com/docs/api-reference/administration (organisation users, projects, keys).
// Legacy `sk-None-` keys (keys made before projects, with no project; langflow-ai/langflow#12122): leaked samples
//   in public code are sk-None- + 20 alphanumerics + T3BlbkFJ + 20 alphanumerics; longer ones are allowed like sk-proj-.
// A call every key may make: there is none. A restricted key's permissions cover every endpoint, each None, Read or
//   Write (https://help.openai.com/en/articles/8867743-assign-api-key-permissions), and no endpoint that reads an
//   identity is exempt. /v1/models (List models: Read) stays the cheapest read; a key without it gets 403 "Missing
//   scopes: api.model.read" (charonn0/Xojo-OpenAI#8), which proves it authenticates: valid, limited (./rules.ts).
import type { Probe } from '../types.js';
import { adminKeyInApp, joinUrl, runRules, str, warning } from '../kit.js';
import { phrases } from './phrases.js';
import { rules } from './rules.js';

export const openai: Probe = {
  phrases,
  id: 'openai',
  name: 'OpenAI',
  aliases: ['chatgpt', 'open-ai', 'gpt'],
  docs: 'https://platform.openai.com/api-keys',
  envVars: ['OPENAI_API_KEY', 'OPENAI_ADMIN_KEY'],
  baseUrlEnv: 'OPENAI_BASE_URL',
  settingsEnv: ['OPENAI_ORG_ID', 'OPENAI_PROJECT_ID'],
  defaultBaseUrl: 'https://api.openai.com/v1',
  // Data-residency hosts: openai-node src/internal/data-residency.ts
  officialHosts: ['api.openai.com', 'us.api.openai.com', 'eu.api.openai.com', 'ae.api.openai.com'],
  keyFormats: [
    { id: 'admin', description: 'admin key', pattern: /^sk-admin-[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58}$/ },
    { id: 'project', description: 'project key', pattern: /^sk-proj-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$/ },
    { id: 'service-account', description: 'service-account key', pattern: /^sk-(?:svcacct|service)-[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+$/ },
    { id: 'user', description: 'legacy user key', pattern: /^sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}$/ },
    { id: 'legacy-none', description: 'legacy key with no project (sk-None-)', pattern: /^sk-None-[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}$/ },
  ],
  hints: {
    sdk: [/\bopenai\.(?:error\.)?[A-Z]\w*Error\b/, /\bopenai\/(?:_base_client|api_requestor)/, /\bOpenAIException\b/],
    // Only OpenAI words these (./rules.ts): a text without its name or host is still OpenAI's. Also its answers as
    // https://platform.openai.com/docs/guides/error-codes words them, which apps print without naming OpenAI (89 corpus
    // texts labelled OpenAI were named nobody, 37 of them with one of these; tuning round 63): the quota and billing
    // answers, a project without a model, the country refusal, a restricted key's missing scopes, a terminated account; the
    // image API's billing_hard_limit_reached, "Billing hard limit has been reached" (an e-ink frame's plugin that wrote
    // "Open AI": fatihak/InkyPi#9; heldout97, tuning round 82); its older "The model: `gpt-4` does not exist" and a project
    // named in other words than proj_…, and "organizations must be verified to stream this model" (15 corpus texts labelled
    // OpenAI that named nobody; tuning round 82).
    envelope: [
      /OpenAI-(?:Organization|Project) header should match|organi[sz]ation tied to the API key/i,
      /You exceeded your current quota, please check your plan and billing details|Your account is not active, please check your billing details on our website|\bProject [`'"]?[\w .-]{1,64}[`'"]? does not have access to model\b|\bThe model:? [`'"]?gpt-[\w.-]{1,40}[`'"]? does not exist\b|\borgani[sz]ations? must be verified to (?:stream|use|generate)\b|\bunsupported_country_region_territory\b|You have insufficient permissions for this operation\. Missing scopes:|Your access was terminated due to violation of our policies|\bbilling_hard_limit_reached\b|\bBilling hard limit has been reached\b/i,
    ],
  },
  requestIdHeaders: ['x-request-id'],
  request(key, ctx) {
    const headers: Record<string, string> = { authorization: `Bearer ${key}` };
    if (ctx.settings.OPENAI_ORG_ID) headers['openai-organization'] = ctx.settings.OPENAI_ORG_ID;
    if (ctx.settings.OPENAI_PROJECT_ID) headers['openai-project'] = ctx.settings.OPENAI_PROJECT_ID;
    // Admin keys cannot list models; they can list admin keys (trufflehog openaiadmin).
    const path = key.startsWith('sk-admin-') ? 'organization/admin_api_keys?limit=1' : 'models';
    return { method: 'GET', url: joinUrl(ctx.baseUrl, path), headers };
  },
  classify(a) {
    const err = { code: str(a.json, 'error.code'), type: str(a.json, 'error.type'), message: str(a.json, 'error.message') };
    if (!err.code && !err.type && !err.message) return undefined;
    return runRules('openai', rules, a, err);
  },
  identity(a) {
    // /v1/models reveals no account; OpenAI echoes the organisation and project in headers where it tells.
    const organization = a.headers['openai-organization'];
    const project = a.headers['openai-project'];
    if (!organization && !project) return undefined;
    return { organization, project };
  },
  prevention(k) {
    const personal = k.formatId === 'user' && k.ci ? [warning(
      'prevent.personal_key',
      `${k.name} is a legacy user key, used in CI: it belongs to a person and stops working when they leave the organisation.`,
      'Use a service-account key of the project (Project settings → Service accounts), which belongs to no person.',
    )] : [];
    return [...adminKeyInApp(k, 'a project key (sk-proj-) or a project service-account key with the permissions the app needs'), ...personal];
  },
};
