import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { slack } from '../../src/probes/slack/index.js';
import type { Answer } from '../../src/probes/types.js';

probeSuite(slack);

function answer(json: unknown, status = 200, headers: Record<string, string> = {}): Answer {
  return { status, headers, text: JSON.stringify(json), json };
}

describe('slack: specifics', () => {
  it('reads ok:false from an HTTP 200: an error body is never a success', () => {
    for (const error of ['invalid_auth', 'token_expired', 'not_authed', 'whatever_new_code']) {
      const c = slack.classify(answer({ ok: false, error }));
      expect(c?.category, error).not.toBe('ok');
      expect(c?.verdict, error).not.toBe('valid');
    }
    expect(slack.classify(answer({ ok: false, error: 'token_expired' }))?.category).toBe('revoked_or_expired');
    expect(slack.classify(answer({ ok: false, error: 'not_authed' }))?.category).toBe('malformed_key');
    expect(slack.classify(answer({ ok: true, team: 'FAKE' }))).toBeUndefined();
  });

  it('names the missing scope when Slack says which', () => {
    const c = slack.classify(answer({ ok: false, error: 'missing_scope', needed: 'admin', provided: 'identify,read' }));
    expect(c?.category).toBe('insufficient_permissions');
    expect(c?.evidence.join(' ')).toContain('needs admin');
  });

  it('POSTs auth.test with the token as a Bearer header, never in the body or URL', () => {
    const key = 'xoxb-1234567890-1234567890-FAKEFAKEFAKEFAKEFAKEFAKE';
    const req = slack.request(key, { baseUrl: 'https://slack.com/api', settings: {} });
    expect(req.method).toBe('POST');
    expect(req.url).toBe('https://slack.com/api/auth.test');
    expect(req.headers.authorization).toBe(`Bearer ${key}`);
    expect(`${req.url}${req.body ?? ''}`).not.toContain(key);
  });
});
