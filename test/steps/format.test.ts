import { describe, expect, it } from 'vitest';
import { PROBES } from '../../src/probes/index.js';
import { openai } from '../../src/probes/openai/index.js';
import { stripe } from '../../src/probes/stripe/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { FAKE } from '../helpers/keys.js';

const opts = { others: PROBES };
const codes = (v: string, probe = openai, o: Parameters<typeof checkFormat>[2] = opts) => checkFormat(v, probe, o).findings.map((f) => f.code);

describe('format step', () => {
  it('a well-formed key passes with its format named', () => {
    const r = checkFormat(FAKE.openaiProject, openai, opts);
    expect(r.blocking).toBe(false);
    expect(r.format?.id).toBe('project');
    expect(r.findings.map((f) => f.code)).toEqual(['format.ok']);
  });

  it('surrounding whitespace is malformed_key but does not stop the live call, which gets the trimmed value', () => {
    const r = checkFormat(` ${FAKE.openaiProject}\n`, openai, opts);
    expect(r.blocking).toBe(false);
    expect(r.sendable).toBe(FAKE.openaiProject);
    const f = r.findings.find((x) => x.code === 'format.whitespace')!;
    expect(f.category).toBe('malformed_key');
    expect(f.message).toContain('1 leading space and 1 trailing newline.');
    expect(f.message).not.toContain(FAKE.openaiProject);
  });

  it.each([
    ['two of one kind', `${FAKE.openaiProject}\n\n`, '2 trailing newlines.'],
    ['two kinds', `${FAKE.openaiProject}\r\n`, '2 trailing characters (carriage return, newline).'],
    ['a named invisible', `\ufeff${FAKE.openaiProject}`, '1 leading byte-order mark.'],
    ['an unnamed one, twice', `${FAKE.openaiProject}\u2028\u2028`, '2 trailing non-ASCII characters U+2028.'],
  ])('the whitespace is counted in words: %s', (_what, raw, words) => {
    const f = checkFormat(raw, openai, opts).findings.find((x) => x.code === 'format.whitespace')!;
    expect(f.message).toBe(`The value has whitespace around it: ${words}`);
  });

  it('an empty or whitespace-only value stops the live call', () => {
    expect(checkFormat('', openai, opts).blocking).toBe(true);
    expect(codes('   ')).toContain('format.empty');
  });

  it.each([
    ['a newline inside', FAKE.openaiProject.slice(0, 20) + '\n' + FAKE.openaiProject.slice(20), 'newline at position 21'],
    ['a tab inside', FAKE.openaiProject.slice(0, 10) + '\t' + FAKE.openaiProject.slice(10), 'tab at position 11'],
    ['a zero-width space', FAKE.openaiProject.slice(0, 5) + '\u200b' + FAKE.openaiProject.slice(5), 'zero-width space at position 6'],
    ['a no-break space', FAKE.openaiProject.slice(0, 5) + '\u00a0' + FAKE.openaiProject.slice(5), 'no-break space at position 6'],
    ['a Cyrillic look-alike', FAKE.openaiProject.replace('F', '\u0421'), 'non-ASCII character U+0421'],
    // A terminal's escape sequence pasted with the key: ESC is ASCII, a control character, not "non-ASCII".
    ['an escape character', FAKE.openaiProject.slice(0, 5) + '\u001b' + FAKE.openaiProject.slice(5), 'control character U+001B at position 6'],
  ])('%s is a hidden character with its position, and stops the live call', (_name, value, where) => {
    const r = checkFormat(value, openai, opts);
    expect(r.blocking).toBe(true);
    const f = r.findings.find((x) => x.code === 'format.hidden_characters')!;
    expect(f.message).toContain(where);
  });

  it.each([`"${FAKE.openaiProject}"`, `'${FAKE.openaiProject}'`, `“${FAKE.openaiProject}”`, `"${FAKE.openaiProject}`])('quotes that became part of the value stop the live call: %s', (v) => {
    expect(codes(v)).toContain('format.quotes');
    expect(checkFormat(v, openai, opts).blocking).toBe(true);
  });

  it('a pasted Bearer prefix is named', () => {
    expect(codes(`Bearer ${FAKE.openaiProject}`)).toEqual(['format.auth_scheme']);
  });

  it.each(['your-api-key', 'YOUR_OPENAI_API_KEY', 'xxx', 'xxxxxxxxxxxx', 'changeme', '<your key>', 'sk-...', 'sk-xxxx', '${OPENAI_API_KEY}', 'your_api_key_here', 'null', '***'])(
    'the placeholder %s is not a key', (v) => {
      const r = checkFormat(v, openai, opts);
      expect(r.findings.map((f) => f.code)).toContain('format.placeholder');
      expect(r.blocking).toBe(true);
    });

  it('another provider\'s key is wrong_provider and names both', () => {
    const r = checkFormat(FAKE.stripeTest, openai, opts);
    const f = r.findings.find((x) => x.code === 'format.wrong_provider')!;
    expect(f.category).toBe('wrong_provider');
    expect(f.message).toContain('Stripe');
    expect(f.fix).toContain('STRIPE_SECRET_KEY');
    expect(r.blocking).toBe(true);
  });

  it('an unknown shape is only a warning: providers change formats, the live call decides', () => {
    const r = checkFormat('sk-proj-FAKEtruncatedFAKE0123', openai, opts);
    expect(r.blocking).toBe(false);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['format.unrecognised', 'warning']]);
    // Said the same whether a call follows or not (--offline, no network): no "the live call decides" on a run that made none.
    expect(r.findings[0]!.message).toMatch(/it may be truncated, or of a format newer than keydoctor knows: only the provider's answer to a live call can tell\.$/);
  });

  it('a test-mode key where production is expected is wrong_environment, not blocking', () => {
    const r = checkFormat(FAKE.stripeTest, stripe, { ...opts, expectEnv: 'production' });
    expect(r.blocking).toBe(false);
    expect(r.findings.find((f) => f.code === 'format.test_key_in_production')?.category).toBe('wrong_environment');
  });

  it('a live key where production is expected is fine', () => {
    expect(codes(FAKE.stripeLive, stripe, { ...opts, expectEnv: 'production' })).toEqual(['format.ok']);
  });

  it('a publishable key cannot authenticate the secret API', () => {
    expect(codes('pk_live_FAKEFAKEFAKEFAKEFAKEFAKE', stripe)).toContain('format.unusable_key_type');
  });
});

describe('shared key shapes', () => {
  it('a bare shape (32 hex) never names another provider, and never picks a provider for stdin', async () => {
    const { probeForValue } = await import('../../src/probes/index.js');
    const hex32 = 'fa4efa4efa4efa4efa4efa4efa4efa4e';
    expect(checkFormat(hex32, openai, opts).findings.map((f) => f.code)).toEqual(['format.unrecognised']);
    expect(probeForValue(hex32)).toBeUndefined();
    expect(probeForValue(FAKE.githubClassic)?.probe.id).toBe('github');
  });

  it('another provider\'s key sent to that provider\'s own host is a note, not a block (OpenAI-compatible APIs)', () => {
    const r = checkFormat(FAKE.stripeLive, openai, { ...opts, baseUrlHost: 'api.stripe.com' });
    expect(r.blocking).toBe(false);
    expect(r.findings.map((f) => [f.code, f.severity])).toEqual([['format.other_provider_key', 'info']]);
    expect(checkFormat(FAKE.stripeLive, openai, { ...opts, baseUrlHost: '127.0.0.1' }).blocking).toBe(true);
  });
});

describe('format step: documented examples and grammar', () => {
  it("AWS's documented example pair is a placeholder, blocking, not a key to send", async () => {
    const { aws } = await import('../../src/probes/aws/index.js');
    for (const v of ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']) {
      const r = checkFormat(v, aws, opts);
      expect(r.blocking).toBe(true);
      expect(r.findings[0]).toMatchObject({ code: 'format.placeholder', message: "The value is AWS's documented example key, not a real one.", category: 'malformed_key' });
    }
  });

  it('another provider\'s key is "an Anthropic … key, not an OpenAI key"', () => {
    const f = checkFormat(FAKE.anthropic, openai, opts).findings.find((x) => x.code === 'format.wrong_provider')!;
    expect(f.message).toMatch(/^This is an Anthropic .* key, not an OpenAI key\.$/);
  });
});
