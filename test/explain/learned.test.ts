// The learned reading (src/explain/learned): a guess from the words where no rule knows them, marked as one, and a
// model that is exactly what its corpora give.
import { describe, expect, it } from 'vitest';
import { GUESS_FLOOR } from '../../src/explain/decide.js';
import { explain } from '../../src/explain/explain.js';
import { lean } from '../../src/explain/learned/lean.js';
import { MODEL } from '../../src/explain/learned/learned-model.js';
import { telling } from '../../src/explain/learned/tokens.js';
import { digestOf, train, type Labelled } from '../../src/explain/learned/train.js';
import { parseInput } from '../../src/explain/parse.js';
import { runCli } from '../helpers/cli.js';
import { loadCorpus } from './corpus.js';
import { join } from 'node:path';
import { ROOT } from '../helpers/cli.js';
import type { Category } from '../../src/core/types.js';
import { explainText } from './reads.js';

function rowsOf(corpora: readonly string[]): Labelled[] {
  return corpora.flatMap((c) => loadCorpus(join(ROOT, 'fixtures', c)).map((k) => ({ search: parseInput(k.input).search, category: k.expect.category as Category })));
}

describe('the committed model', () => {
  const rows = rowsOf(MODEL.trainedOn.corpora);

  it('was trained on the texts and labels its corpora hold now (else: node scripts/train-explain.mjs)', () => {
    expect(MODEL.trainedOn.texts).toBe(rows.length);
    expect(MODEL.trainedOn.digest).toBe(digestOf(rows));
  });

  it('is what training on them gives, weight for weight', () => {
    expect(train(rows, MODEL.trainedOn.corpora)).toEqual(MODEL);
  }, 60_000);

  it('keeps no feature a key could hide in: words and word pairs only', () => {
    for (const f of Object.keys(MODEL.weights)) expect(f).toMatch(/^[a-z][a-z']+(?: [a-z][a-z']+| \d{3})?$|^\d{3}(?: [a-z][a-z']+| \d{3})?$/);
  });
});

describe('a guess from the words', () => {
  it('is offered where no rule knows the wording, marked as a guess, with the words it rests on', () => {
    const r = explainText('Your Apple ID has been locked for security reasons');
    expect(r).toMatchObject({ category: 'invalid_user', verdict: 'indeterminate', rule: 'learned.invalid_user', ruleSource: 'learned', exitCode: 0 });
    expect(r.summary).toMatch(/^A guess from the words, not a known wording. The key/);
    expect(r.evidence[0]).toMatch(/^no rule knows this wording; the words "locked".* lean to invalid_user \(\d+%, by a model learnt from [\d,]+ labelled error texts\)$/);
    expect(r.fixes.at(-1)).toMatch(/This is a guess from the words/);
  });

  it('is not offered with --no-guess (the API: guess: false)', () => {
    const r = explain({ text: 'Your Apple ID has been locked for security reasons' }, { guess: false }).result;
    expect(r).toMatchObject({ category: 'unknown', rule: 'explain.unrecognised', exitCode: 1 });
  });

  it('never overrides a rule, nor a rule\'s deliberate unknown', () => {
    expect(explainText('Invalid user associated with this key').rule).toBe('phrase.invalid_user_for_key');
    expect(explainText('Quux API: the token is missing or invalid')).toMatchObject({ category: 'unknown', rule: 'cue.two_causes' });
    expect(explain({ text: 'status: 401, details: Forbidden, error: Unauthorized', provider: 'mailgun' }).result.category).toBe('unknown');
  });

  it('never rests on a bare status: its number and reason phrase are not telling words', () => {
    for (const t of ['HTTP/1.1 403 Forbidden', 'Error 401 Unauthorized', 'Request failed with status code 404 Not Found', '500 Internal Server Error']) {
      const r = explainText(t);
      expect(r.ruleSource, t).not.toBe('learned');
    }
    expect(telling('403')).toBe(false);
    expect(telling('http 403')).toBe(false);
    expect(telling('forbidden')).toBe(false);
    expect(telling('locked')).toBe(true);
  });

  it('gives no guess below its floor', () => {
    // Words that lean somewhere (tenant_mismatch, under 50%) but not far enough to be offered.
    const text = 'Could not route to /v2/widgets/abc, perhaps the widget identifier is invalid?';
    const l = lean(parseInput({ text }).search);
    expect(l).toBeDefined();
    expect(l!.probability).toBeLessThan(GUESS_FLOOR);
    expect(explainText(text)).toMatchObject({ category: 'unknown', rule: 'explain.unrecognised' });
  });

  it('gives none where a rule knows it cannot tell: Cloudflare\'s 7003 and a Telegram webhook\'s own 404 are read by a rule first', () => {
    // The model trained through heldout70 leaned past the floor on the 7003 text; through heldout73 it no longer does.
    // Either way the rule, not the guess, answers.
    const route = 'Could not route to /client/v4/accounts/abc/workers/scripts, perhaps your object identifier is invalid? [code: 7003]';
    expect(explainText(route)).toMatchObject({ category: 'unknown', rule: 'phrase.cloudflare.could_not_route', provider: 'cloudflare' });
    const webhook = explainText('getWebhookInfo: {"ok":true,"result":{"url":"https://bot.example.com/hook","last_error_message":"Wrong response from the webhook: 404 Not Found"}}');
    expect(webhook).toMatchObject({ category: 'unknown', rule: 'phrase.telegram.webhook_answered', provider: 'telegram' });
    expect(webhook.fixes[0]).toMatch(/your webhook server's answer.*the token works/);
  });

  it('a model name said not to exist is a deliberate unknown (a typo reads the same), not a guess', () => {
    expect(explainText('The model `gpt-4-turbo-previw` does not exist')).toMatchObject({ category: 'unknown', rule: 'phrase.model_name_unknown' });
  });

  it('reads words that name an object\'s own properties as words ("constructor", "__proto__")', () => {
    expect(() => explainText('constructor __proto__ prototype hasOwnProperty toString valueOf')).not.toThrow();
    expect(lean('constructor prototype toString')).toBeUndefined();
  });

  it('never shows a key of the text in its words', () => {
    const canary = 'sk-proj-CANARYFAKEkeydoctor0123456789abcdefABCDEF';
    const r = explainText(`Your Apple ID has been locked for security reasons ${canary}`);
    expect(JSON.stringify(r)).not.toContain(canary);
    expect(JSON.stringify(r)).not.toContain('CANARYFAKE');
  });
});

describe('explain --no-guess', () => {
  it('says unknown and exits 1 where the guess would have answered', async () => {
    const guessed = await runCli(['explain', 'Your Apple ID has been locked for security reasons']);
    expect(guessed.code).toBe(0);
    expect(guessed.stdout).toMatch(/^\? invalid_user {2}\(a guess from the words\)$/m);
    const strict = await runCli(['explain', '--no-guess', 'Your Apple ID has been locked for security reasons']);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/^\? unknown$/m);
  });
});

describe('a guess that a rule of the text replaces', () => {
  it('gives way whole to a URL that sends its key empty: no guess\'s words, odds or headline remain', () => {
    expect(explainText('Your Apple ID has been locked for security reasons').ruleSource).toBe('learned');
    const r = explainText('Your Apple ID has been locked for security reasons https://tiles.example.test/1/2.png?app_id=&app_code=');
    expect(r).toMatchObject({ category: 'malformed_key', rule: 'explain.empty_key_parameter', verdict: 'invalid' });
    expect(r.ruleSource).not.toBe('learned');
    expect(r.summary).not.toMatch(/guess/);
    expect(r.evidence.join(' ')).not.toMatch(/lean|no rule knows/);
  });
});
