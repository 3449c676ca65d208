import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { deepseek } from '../../src/probes/deepseek/index.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';
import type { Answer } from '../../src/probes/types.js';

probeSuite(deepseek);

const answer = (status: number, json: unknown): Answer => ({ status, headers: {}, text: JSON.stringify(json), json });
const authFails = (message: string) => answer(401, { error: { message, type: 'authentication_error', param: null, code: 'invalid_request_error' } });

describe('deepseek: reading the 401s and the balance', () => {
  it('tells "no such user" (invalid_user) from a key it does not know (invalid_key) and a header it cannot read (malformed_key)', () => {
    expect(deepseek.classify(authFails('Authentication Fails (no such user)'))?.category).toBe('invalid_user');
    expect(deepseek.classify(authFails('Authentication Fails, Your api key: ****fake is invalid'))?.category).toBe('invalid_key');
    expect(deepseek.classify(authFails('Authentication Fails (auth header format should be Bearer sk-...)'))?.category).toBe('malformed_key');
  });
  it('a 200 with is_available false is billing_or_quota; with true it is left to the generic 2xx rule', () => {
    expect(deepseek.classify(answer(200, { is_available: false, balance_infos: [] }))?.rule).toBe('deepseek.balance_unavailable');
    expect(deepseek.classify(answer(200, { is_available: true, balance_infos: [] }))).toBeUndefined();
  });
  it('a DeepSeek-shaped key is not taken for an OpenAI key', () => {
    const r = checkFormat('sk-fakefakefakefakefakefakefakefake', deepseek, { others: PROBES });
    expect(r.format?.id).toBe('api');
    expect(r.findings.map((f) => f.code)).not.toContain('format.wrong_provider');
  });
});
