// The third tuning round of issue 20 (2026-12-05): one describe per cause found by the third held-out
// measure (fixtures/errors-heldout3/MEASURED.md). Every text here was WRITTEN FOR THIS TEST from the
// provider's or SDK's documented wording (sources in the rules they exercise), with made-up names, ids,
// accounts, hosts and regions; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/explain/explain.js';

const run = (text: string, provider?: string) => explain({ text, ...(provider ? { provider } : {}) }).result;

describe('cause 1: a missing key reported by an SDK or CLI', () => {
  it.each([
    // wrangler's non-interactive check (developers.cloudflare.com/workers/wrangler/ci-cd).
    ["✘ [ERROR] In a non-interactive environment, it's necessary to set a CLOUDFLARE_API_TOKEN environment variable for wrangler to work."],
    // A CLI asking for a variable in another wording of the same check.
    ['error: you need to set an ACME_API_TOKEN before deploying'],
    // supabase-js's constructor checks (supabase-js src/SupabaseClient.ts).
    ['Uncaught Error: supabaseKey is required.\n    at new SupabaseClient (SupabaseClient.ts:75:28)'],
    ['Error: apiKey is required'],
  ])('%s → malformed_key', (text) => {
    expect(run(text).category).toBe('malformed_key');
  });

  it("a credential chain's dump is missing credentials, even when one source timed out on the metadata endpoint", () => {
    // aws-sdk-go's chain provider wraps every provider's error under NoCredentialProviders.
    const r = run('NoCredentialProviders: no valid providers in chain\ncaused by: EnvAccessKeyNotFound: failed to find credentials in the environment.\nEC2RoleRequestError: no EC2 instance role found\ncaused by: RequestError: send request failed\ncaused by: Get "http://169.254.169.254/latest/meta-data/iam/security-credentials/": dial tcp 169.254.169.254:80: i/o timeout');
    expect(r.category).toBe('malformed_key');
    // The same timeout outside a credential chain stays a network failure.
    expect(run('Get "https://sts.amazonaws.com/": dial tcp 203.0.113.9:443: i/o timeout').category).toBe('network_error');
  });

  it('the Hub\'s 401 "You must be authenticated to access it" is a missing login, over the gated-repo words', () => {
    const r = run('huggingface_hub.errors.GatedRepoError: 401 Client Error.\nCannot access gated repo for url https://huggingface.co/example-org/example-model/resolve/main/config.json.\nAccess to model example-org/example-model is restricted. You must be authenticated to access it.');
    expect([r.category, r.provider]).toEqual(['malformed_key', 'huggingface']);
  });
});

describe('cause 2: permission refusals', () => {
  it.each([
    // huggingface_hub's hf_raise_for_status on a 403 (utils/_http.py).
    ['huggingface_hub.errors.HfHubHTTPError: 403 Forbidden: Please enable access to public gated repositories in your fine-grained token settings to view this repository.\nCannot access content at: https://huggingface.co/example-org/example-model/resolve/main/config.json.\nMake sure your token has the correct permissions.'],
    ['OSError: You are trying to access a gated repo.\nMake sure to have access to it at https://huggingface.co/example-org/example-model.\n403 Client Error. (Request ID: Root=1-00000000-EXAMPLE)'],
  ])('%s → insufficient_permissions (huggingface)', (text) => {
    const r = run(text);
    expect([r.category, r.provider]).toEqual(['insufficient_permissions', 'huggingface']);
  });

  it("Google IAM's \"Permission '…' denied on resource\" without any status is a permission refusal", () => {
    const r = run(`grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tdetails = "Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/example-project/locations/us-central1/publishers/google/models/example-model' (or it may not exist)."`);
    expect(r.category).toBe('insufficient_permissions');
  });

  it('OpenAI\'s "does not exist or you do not have access to it" stays unknown: a typo and a missing grant read the same', () => {
    // https://platform.openai.com/docs/guides/error-codes: model_not_found covers both; the text cannot tell which.
    // No rule reads it (the learned guess, retrained through heldout75, may offer one, marked as a guess).
    const text = 'openai.NotFoundError: Error code: 404 - {"error": {"message": "The model `example-model-7` does not exist or you do not have access to it.", "type": "invalid_request_error", "param": null, "code": "model_not_found"}}';
    expect(explain({ text }, { guess: false }).result.category).toBe('unknown');
  });

  it("a model repo's owner in a Hub URL does not name that owner's SDK", () => {
    const r = run('403 Client Error for url https://huggingface.co/mistralai/Example-7B/resolve/main/config.json: make sure your token has the correct permissions');
    expect(r.provider).toBe('huggingface');
    // The SDK's own module path still names it.
    expect(run('  File "/usr/lib/python3/site-packages/mistralai/client.py", line 9\nmistralai.exceptions.MistralAPIException: Status: 401').provider).toBe('mistral');
  });
});

describe('cause 3: tenant and team scope', () => {
  it.each([
    ['> Error: You must re-authenticate to use example-team scope.'],
    ['No Team found! Make sure the token you provided is valid and that the team slug is the one shown in the dashboard.'],
    ['{"error":{"code":"team_not_found","message":"The team was not found."}}'],
    // A region mismatch behind a bare 400 (AWS S3 ErrorResponses).
    ["HTTP/1.1 400 Bad Request\n<Error><Code>AuthorizationHeaderMalformed</Code><Message>The authorization header is malformed; the region 'us-east-1' is wrong; expecting 'eu-north-1'</Message></Error>"],
  ])('%s → tenant_mismatch', (text) => {
    expect(run(text).category).toBe('tenant_mismatch');
  });
});

describe('cause 4: rejected keys worded by an SDK', () => {
  // Round 78 reads it as unknown on purpose: AWS names two causes (the secret, or the client's signing), and the fix
  // gives the check for each.
  it('AWS JSON-protocol InvalidSignatureException names AWS and the two checks', () => {
    const r = run('{"__type":"InvalidSignatureException","message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method."}');
    expect([r.category, r.provider]).toEqual(['unknown', 'aws']);
  });

  it("twilio-node's bare `Error: Authenticate` (error 20003) is a rejected SID/secret pair", () => {
    const r = run('Error: Authenticate\n    at success (/srv/app/node_modules/twilio/lib/base/Version.js:135:15)\n    at Promise_then_fulfilled (/srv/app/node_modules/q/q.js:766:44)');
    expect([r.category, r.provider]).toEqual(['invalid_key', 'twilio']);
    // "Authenticate" inside a sentence is not the code's message.
    expect(run('Error: Authenticate with your account first', 'twilio').category).not.toBe('invalid_key');
  });

  it('an echoed key masked with x\'s is the provider refusing a key, not a placeholder', () => {
    const r = run('openai.AuthenticationError: Incorrect API key provided: sk-xxxxxx. You can find your API key at https://platform.openai.com/account/api-keys.');
    expect(r.category).toBe('invalid_key');
    // A sample's placeholder echoed back is still the value that was sent.
    expect(run('Incorrect API key provided: your-api-key-here. You can find your API key at https://platform.openai.com/account/api-keys.').category).toBe('malformed_key');
  });
});

describe('cause 5: network and proxy', () => {
  it("Stripe's ApiConnectionException is a request that never got an answer", () => {
    const r = run('com.stripe.exception.ApiConnectionException: IOException during API request to Stripe (https://api.stripe.com): Connection reset. Please check your internet connection and try again.');
    expect([r.category, r.provider]).toEqual(['network_error', 'stripe']);
  });

  it.each([
    ['FetchError: request to https://api.openai.com/v1/models failed, reason: getaddrinfo ENOTFOUND corp-proxy'],
    ['HTTPS_PROXY=http://gw.example.internal:3128\nError: getaddrinfo ENOTFOUND gw.example.internal'],
  ])('%s → proxy_error (the host that did not resolve is the proxy)', (text) => {
    expect(run(text).category).toBe('proxy_error');
  });

  it('an API host that does not resolve stays a network error', () => {
    expect(run('FetchError: request to https://api.openai.com/v1/models failed, reason: getaddrinfo ENOTFOUND api.openai.com').category).toBe('network_error');
    // A host with "proxy" only inside a longer word is not a proxy.
    expect(run('getaddrinfo ENOTFOUND proxyless.example.com').category).toBe('network_error');
  });
});

describe('cause 6: Google 429', () => {
  it('a model without a free tier is billing, not a wait, whatever link the message carries', () => {
    const r = run("google.api_core.exceptions.ResourceExhausted: 429 Example Pro Preview doesn't have a free quota tier. For more information on this error, head to: https://ai.google.dev/gemini-api/docs/rate-limits.");
    expect(r.category).toBe('billing_or_quota');
  });

  it('"Resource has been exhausted (e.g. check quota)" keeps its reading: Google uses it for rate and quota alike', () => {
    // https://ai.google.dev/gemini-api/docs/troubleshooting: 429 RESOURCE_EXHAUSTED = any rate limit (RPM, TPM, RPD, spend).
    // The text cannot tell which; this pins the current answer rather than tuning to a disputed label.
    expect(run("{'error': {'code': 429, 'message': 'Resource has been exhausted (e.g. check quota).', 'status': 'RESOURCE_EXHAUSTED'}}", 'google-gemini').category).toBe('billing_or_quota');
  });
});
