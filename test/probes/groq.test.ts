import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { groq } from '../../src/probes/groq/index.js';
import type { Answer } from '../../src/probes/types.js';
import { loadProbeFixture } from '../fake-provider/server.js';

probeSuite(groq);

const key = loadProbeFixture('groq').key;
const answer = (status: number, error: Record<string, string>): Answer => {
  const json = { error };
  return { status, headers: {}, text: JSON.stringify(json), json };
};

describe('groq: specifics', () => {
  it('follows the SDK layout: GROQ_BASE_URL is a host root and /openai/v1 is added to it', () => {
    expect(groq.request(key, { baseUrl: 'https://groq-gateway.example.com', settings: {} }).url).toBe('https://groq-gateway.example.com/openai/v1/models');
  });

  it('a restricted organisation is invalid_user whatever status carries it', () => {
    for (const status of [400, 401, 403]) {
      expect(groq.classify(answer(status, { message: 'Organization has been restricted.', type: 'invalid_request_error', code: 'organization_restricted' })))
        .toMatchObject({ category: 'invalid_user', verdict: 'invalid', rule: 'groq.organization_restricted' });
    }
  });

  it('a 403 that only says forbidden is not blamed on the key', () => {
    expect(groq.classify(answer(403, { message: 'Forbidden', type: 'permission_error' }))).toBeUndefined();
  });
});
