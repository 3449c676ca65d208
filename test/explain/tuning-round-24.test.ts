// The twenty-fourth tuning round of issue 20 (2026-12-06): the causes found by the twenty-fourth held-out measure
// (fixtures/errors-heldout24/MEASURED.md: social and media, games and sports, payments, email/SMS), after its untuned
// figure and blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with
// made-up names, ids and hosts; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('shared wordings heldout24 showed', () => {
  readAs('proxy_error', [['Failed to load https://example.test/oauth: net::ERR_TUNNEL_CONNECTION_FAILED']]);
  readAs('provider_outage', [['AcmeApiException: Unspecified error (504). Gateway timeout in /srv/vendor/acme/Client.php:120']]);
  readAs('insufficient_permissions', [['error: API request failed (HTTP 400): InvalidToken: Bad token scope']]);
  readAs('malformed_key', [["System.ArgumentException: 'The provided token isn't an oauth token.'"]]);
});

describe('service vocabulary heldout24 showed', () => {
  readAs('invalid_user', [
    ['AuthenticationException: Account is not on Xbox. 2148916233 at auth.XboxLogin.xsts(XboxLogin.java:20)'],
    ['RuntimeException: {"Identity":"0","XErr":2148916227,"Redirect":"https://start.ui.xboxlive.com/enforcement"}'],
  ]);
  readAs('tenant_mismatch', [['GET https://euw1.api.riotgames.com/lol/summoner/v4/summoners/by-puuid/abc -> {"status":{"message":"Bad Request - Exception decrypting abc","status_code":400}}']]);
  readAs('invalid_key', [['<html><head><title>Forbidden</title></head><body><h1>Forbidden</h1>Access is denied. Retrying will not help. Please verify your <pre>key=</pre> parameter.</body></html> (api.steampowered.com)']]);
  readAs('revoked_or_expired', [
    ['Error calling Last.FM method: track.getinfo {"error":26,"message":"API Key Suspended - This application is not allowed to make requests"}'],
    ["stravalib.exc.Fault: 400 Client Error: Bad Request [{'resource': 'AuthorizationCode', 'field': '', 'code': 'expired'}]"],
  ]);
  readAs('insufficient_permissions', [["{ message: 'Authorization Error', errors: [{ resource: 'AccessToken', field: 'activity:read_permission', code: 'missing' }] }"]]);
  readAs('billing_or_quota', [['https://www.omdbapi.com/?t=x&apikey=* {"Response":"False","Error":"Request limit reached!"}']]);
});

describe('what round 24 may not do', () => {
  it('an HTML Forbidden page that says nothing of a key is still read as something other than the API', () => {
    expect(explainText('<html><head><title>403 Forbidden</title></head><body><h1>Forbidden</h1></body></html>').category).toBe('proxy_error');
  });
  it('a socket timeout is still a network failure', () => {
    expect(explainText('Error: connect timeout at 10.0.0.1:443').category).toBe('network_error');
  });
  it("UPS's 250002 is not read as an unknown key by rule: the same words came with two causes", () => {
    expect(explainText('Error Code: 250002 Error Description: Invalid Authentication Information').rule).not.toBe('phrase.invalid_key');
  });
  it('Twilio: an empty account SID in the path is no key, a missing resource is not', () => {
    expect(explainText('[Services_Twilio_RestException] The requested resource /2010-04-01/Accounts//Messages.json was not found').category).toBe('malformed_key');
    expect(explainText('[Services_Twilio_RestException] The requested resource /2010-04-01/Accounts/AC0000FAKE/Calls/CA1.json was not found').category).not.toBe('malformed_key');
  });
});
