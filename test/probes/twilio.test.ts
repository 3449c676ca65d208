import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { twilio } from '../../src/probes/twilio/index.js';
import { ProbeSetupError } from '../../src/probes/types.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { runCheck } from '../../src/check/run.js';
import { emptyProject } from '../helpers/cli.js';

probeSuite(twilio);

const SID = 'ACFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE';
const TOKEN = '0123456789abcdef0123456789abcdef';
const ctx = (settings: Record<string, string | undefined>) => ({ baseUrl: 'https://api.twilio.com', settings });
const basicUser = (auth: string | undefined) => Buffer.from((auth ?? '').replace(/^Basic /, ''), 'base64').toString().split(':')[0];

describe('twilio: the credential pair', () => {
  it('sends the account SID as the basic-auth user for an Auth Token, and reads the account', () => {
    const req = twilio.request(TOKEN, ctx({ TWILIO_ACCOUNT_SID: SID, TWILIO_API_KEY: 'SKFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE' }));
    expect(basicUser(req.headers.authorization)).toBe(SID);
    expect(req.url).toBe(`https://api.twilio.com/2010-04-01/Accounts/${SID}.json`);
  });

  it('sends TWILIO_API_KEY as the user for an API key secret, and reads a phone number instead of the account (Standard keys cannot read /Accounts)', () => {
    const req = twilio.request('FAKEfakeFAKEfakeFAKEfakeFAKEfake', ctx({ TWILIO_ACCOUNT_SID: SID, TWILIO_API_KEY: 'SKFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE' }));
    expect(basicUser(req.headers.authorization)).toBe('SKFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE');
    expect(req.url).toContain(`/Accounts/${SID}/IncomingPhoneNumbers.json?PageSize=1`);
  });

  it('a missing account SID is a setup error, not a crash, and the pipeline reports it without sending anything', async () => {
    expect(() => twilio.request(TOKEN, ctx({}))).toThrow(ProbeSetupError);
    const { result, redactor } = await runCheck({
      cwd: emptyProject(), env: { TWILIO_AUTH_TOKEN: TOKEN, KEYDOCTOR_TWILIO_BASE_URL: 'http://127.0.0.1:9' }, envVars: ['TWILIO_AUTH_TOKEN'],
      provider: 'twilio', probes: [...PROBES, twilio], offline: false, forceLive: false, timeoutMs: 2000, trustProjectConfig: false, failOn: 'error',
    });
    const live = result.keys[0]!.steps.find((s) => s.step === 'live')!;
    expect(live.findings.map((f) => f.code)).toContain('live.missing_setting');
    expect(result.keys[0]!.live).toBeUndefined();
    expect(redactor.redact(JSON.stringify(result))).not.toContain(TOKEN);
  });

  it('an API key SID in TWILIO_ACCOUNT_SID, or an API key secret without TWILIO_API_KEY, is a setup error that says which variable is wrong', () => {
    expect(() => twilio.request(TOKEN, ctx({ TWILIO_ACCOUNT_SID: 'SKFAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE' }))).toThrow(/SK… is an API key SID/);
    expect(() => twilio.request('FAKEfakeFAKEfakeFAKEfakeFAKEfake', ctx({ TWILIO_ACCOUNT_SID: SID }))).toThrow(/TWILIO_API_KEY/);
  });

  it('an Account SID pasted where the Auth Token belongs is unusable, offline', () => {
    const r = checkFormat('AC0123456789abcdef0123456789abcdef', twilio, { others: PROBES });
    expect(r.blocking).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('format.unusable_key_type');
  });

  it('TWILIO_REGION and TWILIO_EDGE choose the regional host, which is official', () => {
    expect(twilio.baseUrlFrom!({ TWILIO_REGION: 'ie1', TWILIO_EDGE: 'dublin' })).toBe('https://api.dublin.ie1.twilio.com');
    expect(twilio.baseUrlFrom!({})).toBeUndefined();
  });

  it('a 401 without Twilio\'s 20003 envelope is left to the generic rules', () => {
    expect(twilio.classify({ status: 401, headers: {}, text: 'Unauthorized' })).toBeUndefined();
  });
});
