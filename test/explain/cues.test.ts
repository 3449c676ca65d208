// explain's last reading (src/explain/cues.ts): the meaning of a text's words when no rule knows its wording.
// Every text here was WRITTEN FOR THIS TEST, in made-up services' words no rule matches (the rule id proves
// it: `cue.*`), with made-up names and ids. None is a copy of a corpus text.
import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/core/types.js';
import { explain } from '../../src/explain/explain.js';
import { readCues } from '../../src/explain/cues.js';
import { explainText } from './reads.js';

/** Each text is read by a cue (not by a rule) as the category beside it. */
function readByCue(cases: ReadonlyArray<readonly [string, Category]>): void {
  it.each(cases)('%s → %s', (text, category) => {
    const r = explainText(text);
    expect({ category: r.category, rule: r.rule, source: r.ruleSource }).toEqual({ category, rule: `cue.${category}`, source: 'cue' });
  });
}

describe('the words of a service no rule knows decide the cause', () => {
  readByCue([
    ['Zorbly error: the workspace token you sent lacks the required reports:write permission', 'insufficient_permissions'],
    ['Quux API says: caller is not authorized to invoke this pipeline', 'insufficient_permissions'],
    ['Publishing failed: the deploy key lacks the required publish action', 'insufficient_permissions'],
    ['HTTP 403: Requests from your IP address are blocked for this credential', 'insufficient_permissions'],
    ['Acme Mail: sender profile temporarily banned after complaints', 'invalid_user'],
    ['Widgetly: expiry time of the pass is earlier than the current time', 'revoked_or_expired'],
    ['Frobnicator: this credential belongs to a different workspace than the board you asked for', 'tenant_mismatch'],
    ['Frobnicator: account mismatch between the credential and the board', 'tenant_mismatch'],
    ['FrobPay: AQ is not currently supported by FrobPay', 'region_blocked'],
    ['Widgetly client: the access token is undefined, set it before calling connect()', 'malformed_key'],
    ['Widgetly client: no token was configured for the default profile', 'malformed_key'],
    ['Zorbly: you must supply a token with each call', 'malformed_key'],
    ['TypeError: Cannot read properties of undefined (reading \'trim\') at new WidgetClient', 'malformed_key'],
    ['Render job failed: you have exhausted the monthly quota of your plan', 'billing_or_quota'],
    ['Zorbly billing has been disabled for this workspace', 'billing_or_quota'],
    ['Zorbly login failed: invalid client secret', 'invalid_key'],
    ['Widgetly: your token could not be validated', 'invalid_key'],
    ['Zorbly: account suspended due to unpaid invoices', 'billing_or_quota'],
    ['Quux API: caller is not allowlisted for this key', 'insufficient_permissions'],
    ['Zorbly: API access is not enabled for this plan tier', 'insufficient_permissions'],
    ['Widgetly: this token is not associated with the project you named', 'tenant_mismatch'],
    ['Quux client: header value has trailing whitespace', 'malformed_key'],
  ]);
});

describe('the same causes in other languages (localised gateways, bots and apps print them)', () => {
  readByCue([
    ['错误: 余额不足，请充值', 'billing_or_quota'],
    ['{"code":401,"msg":"无效的API Key"}', 'invalid_key'],
    ['请求过于频繁，请稍后再试', 'rate_limited'],
    ['您的账户已被封禁', 'invalid_user'],
    ['令牌已过期', 'revoked_or_expired'],
    ['该服务不支持您所在的地区', 'region_blocked'],
    ['请设置API Key', 'malformed_key'],
    ['权限不足', 'insufficient_permissions'],
    ['APIキーが無効です', 'invalid_key'],
    ['Error: clave de API no válida', 'invalid_key'],
    ['Ошибка: неверный API-ключ', 'invalid_key'],
    ['Fehler: Zugriff verweigert', 'insufficient_permissions'],
    ['Erreur : clé API invalide', 'invalid_key'],
  ]);
});

describe('shapes many APIs share', () => {
  readByCue([
    ['Error response from daemon: Get https://registry.example.com/v2/: no basic auth credentials', 'malformed_key'],
    ['Client must be authenticated to access this resource.', 'malformed_key'],
    ['(#200) Permissions error', 'insufficient_permissions'],
    ['(#4) Application request limit reached', 'rate_limited'],
    ['INVALID_API_KEYS: invalid client_id or secret provided', 'invalid_key'],
  ]);
  it('"missing or insufficient permissions" names one cause', () => {
    expect(readCues({ search: 'Zorbly: Missing or insufficient permissions.', status: undefined, html: false })?.category).toBe('insufficient_permissions');
  });
});

describe('what a cue may not do', () => {
  it('a sentence that offers two causes stays unknown', () => {
    for (const text of [
      'The board does not exist or you do not have access to it.',
      'Quux API: the token is missing or invalid',
      'Zorbly: the deploy key lacks the required publish action, or the package was deleted',
    ]) {
      expect(readCues({ search: text, status: undefined, html: false }), text).toBeUndefined();
      expect(explainText(text).category, text).toBe('unknown');
    }
  });

  it('says that the words offer two causes, not that nothing was found', () => {
    const r = explainText('Quux API: the token is missing or invalid');
    expect({ category: r.category, rule: r.rule }).toEqual({ category: 'unknown', rule: 'cue.two_causes' });
    expect(r.evidence[0]).toMatch(/"Quux API: the token is missing or invalid" offer more than one cause/);
    expect(r.exitCode).toBe(1);
  });

  it('two words of one cause joined by "or" are still one cause; "one or more" offers no choice', () => {
    expect(readCues({ html: false, search: 'Widgetly: the token was revoked or has expired', status: undefined })?.category).toBe('revoked_or_expired');
    expect(readCues({ html: false, search: 'Zorbly: one or more required permissions are missing', status: undefined })?.category).toBe('insufficient_permissions');
  });

  it('a known wording keeps its rule and its specific fix', () => {
    const r = explainText("openai.OpenAIError: The api_key client option must be set either by passing api_key to the client or by setting the OPENAI_API_KEY environment variable");
    expect(r.ruleSource).not.toBe('cue');
    expect(r.category).toBe('malformed_key');
  });

  it('a bare status with no telling words is still the status\'s answer', () => {
    expect(explainText('HTTP/1.1 403 Forbidden\n\n')).toMatchObject({ category: 'unknown', ruleSource: 'http' });
  });

  it('a probe\'s deliberate unknown stands; a probe that left it to the bare status yields to the words', () => {
    // Mailgun's probe: 401 "Forbidden" is a key of another region or a bad key, and it says unknown on purpose.
    expect(explain({ text: 'status: 401, details: Forbidden, error: Unauthorized', provider: 'mailgun' }).result.category).toBe('unknown');
    const r = explain({ text: 'HTTP 403 {"message":"Your token does not have the required projects:write scope"}', provider: 'gitlab' }).result;
    expect(r).toMatchObject({ category: 'insufficient_permissions', provider: 'gitlab' });
  });

  it('the evidence says it read the words alone, and quotes them', () => {
    const r = explainText('Acme Mail: sender profile temporarily banned after complaints');
    expect(r.evidence[0]).toMatch(/^the words "profile temporarily banned" say .*reading of the words alone/);
    expect(r.fixes.length).toBeGreaterThan(0);
  });

  it('a subject alone (a key, a scope, an account) says nothing', () => {
    for (const search of ['the api key and its scope', 'account settings', 'token: ****FAKE']) expect(readCues({ search, status: undefined, html: false }), search).toBeUndefined();
  });
});
