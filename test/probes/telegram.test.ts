import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { telegram } from '../../src/probes/telegram/index.js';
import { ProbeSetupError } from '../../src/probes/types.js';
import { runCheck } from '../../src/check/run.js';
import { closeDispatchers } from '../../src/net/client.js';
import { startFakeProvider } from '../fake-provider/server.js';
import { emptyProject } from '../helpers/cli.js';
import { PROBES } from '../../src/probes/index.js';

probeSuite(telegram);

const TOKEN = '1234567890:AAFAKEFAKEFAKEFAKEFAKEEXAMPLEEXAMPL';
const ctx = { baseUrl: 'https://api.telegram.org', settings: {} };

describe('telegram: a token in the URL path', () => {
  it('puts the exact token in the path, so the redactor\'s registered value matches it', () => {
    expect(telegram.request(TOKEN, ctx).url).toBe(`https://api.telegram.org/bot${TOKEN}/getMe`);
  });

  it('refuses to build a URL from a value the URL parser would alter (spaces, quotes, slashes, newlines)', () => {
    for (const v of [` ${TOKEN}`, `${TOKEN}\n`, `"${TOKEN}"`, `${TOKEN}/x`, `bot${TOKEN}?a=1`, `1234:AB CD`]) {
      expect(() => telegram.request(v, ctx), JSON.stringify(v)).toThrow(ProbeSetupError);
    }
  });

  it('the URL shown in the result carries the token\'s short form, never the token, even before redaction', async () => {
    const fake = await startFakeProvider({ status: 200, body: { ok: true, result: { id: 1234567890, is_bot: true, first_name: 'x', username: 'fake_example_bot' } } });
    try {
      const { result, redactor } = await runCheck({
        cwd: emptyProject(), env: { TELEGRAM_BOT_TOKEN: TOKEN, KEYDOCTOR_TELEGRAM_BASE_URL: fake.url }, envVars: ['TELEGRAM_BOT_TOKEN'],
        provider: 'telegram', probes: PROBES.some((p) => p.id === 'telegram') ? PROBES : [...PROBES, telegram],
        offline: false, forceLive: false, timeoutMs: 5000, trustProjectConfig: false, failOn: 'error',
      });
      const live = result.keys[0]!.live!;
      expect(live.url).not.toContain(TOKEN);
      expect(live.url).toMatch(/\/bot\w{4}…[\w-]{4}\/getMe$/);
      expect(redactor.redact(live.url)).toBe(live.url);
    } finally {
      await fake.close();
      await closeDispatchers();
    }
  });

  it('a 401 and a 404 from the Bot API blame the token (a 404: no token in the path); other ok:false answers are left to the generic rules', () => {
    expect(telegram.classify({ status: 404, headers: {}, text: '', json: { ok: false, error_code: 404, description: 'Not Found' } })?.category).toBe('malformed_key');
    expect(telegram.classify({ status: 404, headers: {}, text: '<html>', json: undefined })).toBeUndefined();
    expect(telegram.classify({ status: 409, headers: {}, text: '', json: { ok: false, error_code: 409, description: 'Conflict' } })).toBeUndefined();
  });
});
