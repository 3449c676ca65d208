// The eighty-second tuning round of issue 20 (2026-12-07): texts of heldout97-98 whose category was read right and whose
// provider was not named, and two wordings with no rule of their own. The texts here were WRITTEN FOR THIS TEST.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a request signed with an empty access key id', () => {
  readAs('malformed_key', [
    ['AuthorizationHeaderMalformed: The authorization header is malformed; a non-empty Access Key (AKID) must be provided in the credential.', 'aws'],
  ]);
});

describe('an action that may not fetch an OIDC token, in its own words', () => {
  readAs('insufficient_permissions', [
    ["Error: Could not fetch an OIDC token. Did you remember to add 'id-token: write' to your workflow permissions?", 'github'],
  ]);
});

describe('a push refused in JGit\'s words', () => {
  readAs('insufficient_permissions', [
    ["org.eclipse.jgit.api.errors.TransportException: https://github.com/acme/app: git-receive-pack not permitted on 'https://github.com/acme/app/'", 'github'],
    ["TransportException: https://git.example.com/acme/app.git: git-receive-pack not permitted on 'https://git.example.com/acme/app.git/'"],
  ]);
  it('names GitHub with or without quotes around the URL, and gives the push fix of either forge', () => {
    const r = explainText('TransportException: https://github.com/acme/app: git-receive-pack not permitted on https://github.com/acme/app/');
    expect(r.provider).toBe('github');
    expect(r.fixes.join(' ')).toMatch(/contents: write/);
    expect(r.fixes.join(' ')).toMatch(/CI_JOB_TOKEN cannot push/);
  });
});

describe('signs that name the provider', () => {
  readAs('billing_or_quota', [
    ["Failed to make Open AI request: Error code: 400 - {'error': {'code': 'billing_hard_limit_reached', 'message': 'Billing hard limit has been reached'}}", 'openai'],
  ]);
  it('a GitLab job token\'s user name in a clone URL names GitLab, and only the user name is quoted', () => {
    const r = explainText('semantic-release cannot push the version tag to the branch `main` on the remote Git repository with URL `https://gitlab-ci-token:glcbt-FAKEFAKE00000000@git.example.com/a/b`.');
    expect(r.provider).toBe('gitlab');
    expect(JSON.stringify(r)).not.toMatch(/glcbt-FAKEFAKE00000000/);
  });
});

describe('OpenAI\'s own wordings for a model the key may not use name OpenAI (round 82, over the whole corpus)', () => {
  readAs('insufficient_permissions', [
    ['{"error":{"message":"The model: `gpt-4` does not exist","type":"invalid_request_error","param":null,"code":"model_not_found"}}', 'openai'],
    ['Project XYZ does not have access to model `gpt-4o-mini-2024-07-18`', 'openai'],
    ['400 Bad Request organizations must be verified to stream this model.', 'openai'],
  ]);
  it('a model of another family that does not exist names nobody', () => {
    expect(explainText('The model: `llama-3-70b` does not exist').provider).not.toBe('openai');
  });
});

// Each provider's own words, which apps print without naming it: GitHub's tools (@actions/github, GitHub Desktop, a GH_PAT
// variable), Supabase's client libraries and gateway header, cloudflare-go's and R2's words, Discord's old host, Sentry's
// ingestion, Anthropic's SDK check, Gemini's leaked-key refusal, ElevenLabs' statuses, Vercel's scope refusal and build
// quota, Datadog's key header.
describe('a provider\'s own words name it', () => {
  it.each([
    ['Error: Parameter token or opts.auth is required', 'github'],
    ['The repository does not seem to exist anymore. You may not have access, or it may have been deleted or renamed.', 'github'],
    ['[ERROR] GH_PAT environment variable is not set.', 'github'],
    ['Unhandled Exception: GoTrueException(message: No API key found in request, statusCode: 401)', 'supabase'],
    ['PostgrestException(message: JWT expired, code: PGRST301, details: Unauthorized, hint: null)', 'supabase'],
    ['sb-gateway-version: "1"\nBody: code: "PGRST301" message: "JWT expired"', 'supabase'],
    ['level=error msg="error from makeRequest: HTTP status 403: insufficient permissions"', 'cloudflare'],
    ['Invalid Argument: Credential access key has length 64, should be 32', 'cloudflare'],
    ['Error: getaddrinfo EAI_AGAIN discordapp.com:443', 'discord'],
    ['{"detail":"event rejected due to rate limit"}', 'sentry'],
    ['Could not resolve authentication method. Expected either apiKey or authToken to be set.', 'anthropic'],
    ['{"error":{"code":403,"message":"Your API key was reported as leaked. Please use another API key.","status":"PERMISSION_DENIED"}}', 'google-gemini'],
    ['{"detail":{"status":"voice_limit_reached","message":"You have reached your maximum amount of custom voices"}}', 'elevenlabs'],
    ['forbidden - Not authorized: Trying to access resource under scope "acme". You must re-authenticate', 'vercel'],
    ['Error! Builds rate limit exceeded (0 of 100 remaining). Try again in 24h', 'vercel'],
    ['received bad status code, 403: {"errors":["No API key specified in DD-API-KEY header"]}', 'datadog'],
  ])('%s → %s', (text, provider) => {
    expect(explainText(text).provider).toBe(provider);
  });
  it('PostgREST\'s own code alone names nobody: PostgREST also runs without Supabase', () => {
    expect(explainText('{"code":"PGRST301","details":null,"hint":null,"message":"JWT expired"}').provider).not.toBe('supabase');
  });
});
