// The seventy-third tuning round of issue 20 (2026-12-07): heldout88's decidable miss, after its untuned figure (2 of 3)
// and blind labels were committed. The text here was WRITTEN FOR THIS TEST; it is not a copy of the corpus text.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe("GitLab's Sudo header for a token that is not an administrator's", () => {
  readAs('insufficient_permissions', [
    ["gitlab.exceptions.GitlabCreateError: 403: 403 Forbidden - Must be admin to use sudo", 'gitlab'],
    ["{'message': '403 Forbidden - Must be admin to use sudo'}", 'gitlab'],
  ]);
  it('names the administrator token the header needs', () => {
    expect(explainText('403 Forbidden - Must be admin to use sudo').fixes.join(' ')).toMatch(/administrator/);
  });
});

describe('rereading rounds 71 and 72', () => {
  it('a log line about a variable the program goes on without does not overrule the refusal beside it', () => {
    const r = explainText("WARNING: EXAMPLE_BASE_URL not set, using default https://api.openai.com/v1\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-abc*****************wxyz.', 'type': 'invalid_request_error', 'code': 'invalid_api_key'}}");
    expect(r.category).toBe('invalid_key');
    expect(explainText('INFO EXAMPLE_TOKEN not set, falling back to anonymous requests').rule).not.toMatch(/variable_not_found|no_key_in_env/);
  });
  it("an endpoint's variable unset does not make a refused key a missing one", () => {
    const r = explainText("EXAMPLE_ENDPOINT is not set\nopenai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-abc*****************wxyz.', 'code': 'invalid_api_key'}}");
    expect(r.category).toBe('invalid_key');
  });
  it('an OpenAI-Organization value the person masked says nothing', () => {
    for (const v of ['***', '[REDACTED]', '<your-org>', 'xxxxxx']) {
      const r = explainText(`Error: Request failed with status code 401\n  headers: { 'OpenAI-Organization': '${v}' }, url: 'https://api.openai.com/v1/models'`);
      expect(r.rule, v).not.toMatch(/organization_header_not_an_id/);
    }
  });
});

describe('two readings a guess may not make (the guess retrained through heldout88 made them)', () => {
  it('"does not exist or you do not have access to it" stays unknown, by rule', () => {
    const r = explainText('404 - {"error": {"message": "The model `example-model-2` does not exist or you do not have access to it.", "type": "invalid_request_error", "code": "model_not_found"}}');
    expect(r.category).toBe('unknown');
    expect(r.rule).toMatch(/model_missing_or_no_access/);
  });
  it("Twilio's 404 for a path with an Account SID is no key problem, by rule", () => {
    const r = explainText('[Services_Twilio_RestException] The requested resource /2010-04-01/Accounts/AC0000FAKE/Calls/CA0000FAKE.json was not found');
    expect(r.category).toBe('unknown');
    expect(r.rule).toMatch(/resource_not_found/);
  });
});

describe('an error shape cut in "recognised by" shows the cut, as a cut wording does', () => {
  it('does not read as a shorter account name', () => {
    const r = explainText('Error: This resource can only be used in the context of an organization, "example-company" is a user.');
    const sign = r.recognisedBy.find((s) => s.startsWith('error shape'))!;
    expect(sign).toMatch(/…"$/);
    expect(sign).not.toMatch(/"example-co"$/);
  });
});

describe('the rules of rounds 71-73 that know more than their category say it in their summary', () => {
  it.each([
    ['upload failed: AccessControlListNotSupported: The bucket does not allow ACLs', /ACL/],
    ['sccache: error: ConfigInvalid (permanent) => EXAMPLE_CACHE_URL not found', /variable it needs/],
    ["Error 401: CORS requests must set 'anthropic-dangerous-direct-browser-access' header", /browser/],
    ['error=redirect_uri_mismatch', /callback URL/],
    ['[Services_Twilio_RestException] The requested resource /2010-04-01/Accounts/AC0000FAKE/Calls/CA1.json was not found', /accepted the credentials/],
  ])('%s', (text, summary) => {
    const r = explainText(text);
    expect(r.summary).toMatch(summary);
    expect(r.summary).not.toMatch(/does not tell what this error means|The key for .* is missing/);
  });
});

describe('a sentence of two causes under a bare status is not left to a guess', () => {
  it('says the words offer two causes', () => {
    const r = explainText('Response status: 400\nResponse content: {"code":400,"message":"Parameter \'X-Example-Api-Token\' missing or invalid"}');
    expect(r.category).toBe('unknown');
    expect(r.rule).toBe('cue.two_causes');
  });
  it('a status that says something stands', () => {
    expect(explainText('HTTP 401 Unauthorized: the token is missing or invalid').category).not.toBe('unknown');
  });
});
