import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { mistral } from '../../src/probes/mistral/index.js';
import { openai } from '../../src/probes/openai/index.js';
import { PROBES, probeForValue } from '../../src/probes/index.js';
import { loadProbeFixture } from '../fake-provider/server.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(mistral);

// A 32-character value of the kind people put in OPENAI_API_KEY for an OpenAI-compatible gateway: it has
// exactly the shape of a Mistral key.
const gatewayKey = 'FAKEgatewayKEYexample0FAKE012345';
const mistralKey = loadProbeFixture('mistral').key;

describe('mistral: specifics', () => {
  it('a bare 32-character value is not claimed as a Mistral key by its shape alone', () => {
    expect(probeForValue(gatewayKey, [mistral])).toBeUndefined();
    const r = checkFormat(gatewayKey, openai, { others: [mistral] });
    expect(r.findings.map((f) => f.code)).not.toContain('format.wrong_provider');
    expect(r.blocking).toBe(false);
  });

  it('a real-looking key gets no format finding, since Mistral declares no format to compare with', () => {
    expect(mistralKey).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d)[A-Za-z0-9]{32}$/);
    expect(checkFormat(mistralKey, mistral, { others: PROBES }).findings).toEqual([]);
  });

  it('both observed 401 shapes are the same invalid key', () => {
    for (const json of [{ detail: 'Unauthorized' }, { message: 'Unauthorized', request_id: 'FAKE' }]) {
      expect(mistral.classify({ status: 401, headers: {}, text: JSON.stringify(json), json })).toMatchObject({ category: 'invalid_key', rule: 'mistral.unauthorized' });
    }
  });

  it('a 429 or a capacity answer is not blamed on the key', () => {
    const json = { object: 'error', message: 'Service tier capacity exceeded for this model.', type: 'invalid_request_error', code: null };
    expect(mistral.classify({ status: 429, headers: {}, text: JSON.stringify(json), json })).toBeUndefined();
  });
});
