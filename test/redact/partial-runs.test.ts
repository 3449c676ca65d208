// Parts of a secret, and a secret written escaped, are masked like the whole
// secret (src/redact/runs.ts, decode.ts, public-parts.ts): any run of 8 or more
// of its characters that is not made only of its public parts, in the text as
// written or JSON-escaped or percent-encoded. Table tests named for the rule
// they pin, then properties over random secrets and texts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PROBES } from '../../src/probes/index.js';
import { literalPrefix } from '../../src/probes/types.js';
import { fingerprint, redactValue } from '../../src/redact/fingerprint.js';
import { KNOWN_INFIXES } from '../../src/redact/public-parts.js';
import { Redactor } from '../../src/redact/redactor.js';
import { jsonEscaped, leakedWindows, percentEncoded } from './leaks.js';

const FORMATS = PROBES.flatMap((p) => p.keyFormats);
// Visibly fake, in format, and without repeats, so a window of it is nowhere else.
const OPENAI = 'sk-proj-FAKEa1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6T3BlbkFJEXAMPLEz9y8x7w6v5u4t3s2r1q0p9o8n7m6';
const ANTHROPIC = `sk-ant-api03-FAKE${[...Array(89).keys()].map((i) => 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[(i * 7) % 62]).join('')}AA`;
const INFIX_AT = OPENAI.indexOf('T3BlbkFJ');
const AWS_SECRET = 'FAKEwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLE'.slice(0, 40);

/** Random keys as generated keys are: letters and digits mixed (see "masked whole, not in parts" below). */
const KEY_SHAPED = (min: number, max: number) =>
  fc.tuple(fc.stringMatching(new RegExp(`^[A-Za-z0-9_-]{${min - 2},${max - 2}}$`)), fc.constantFrom('a', 'Z'), fc.constantFrom('0', '7'), fc.nat()).map(([s, l, d, at]) => {
    const i = at % (s.length + 1);
    return s.slice(0, i) + l + d + s.slice(i);
  });

function redactor(...secrets: string[]): Redactor {
  const r = new Redactor(FORMATS);
  for (const s of secrets) r.add(s);
  return r;
}

describe('a run of 8 or more characters of a secret is masked; a shorter one is kept', () => {
  const cases: [string, string, boolean][] = [
    ['an 8-character run from the middle is masked', `id=${OPENAI.slice(20, 28)}!`, true],
    ['a 7-character run is kept', `id=${OPENAI.slice(20, 27)}!`, false],
    ['a cut echo (the first 35 characters) is masked up to the cut', `API key not valid. ${'x'.repeat(102)} ${OPENAI.slice(0, 35)}`, true],
    ['all but the first character is masked', OPENAI.slice(1), true],
    ['the prefix and one more character is masked (it is not all constant)', `${OPENAI.slice(0, 9)}`, true],
    ['T3BlbkFJ with the key character before it is masked', OPENAI.slice(INFIX_AT - 1, INFIX_AT + 8), true],
    ['the prefix alone is kept: sk-proj-', 'keys start sk-proj- and more', false],
    ['the infix alone is kept: T3BlbkFJ', 'every OpenAI key carries T3BlbkFJ ("OpenAI" in base64)', false],
    ["a constant prefix longer than the short form's is kept: sk-ant-api03-", 'Anthropic keys start sk-ant-api03-', false],
  ];
  for (const [rule, text, masked] of cases) {
    it(rule, () => {
      const out = redactor(OPENAI, ANTHROPIC).redact(text);
      if (masked) {
        expect(leakedWindows(out, OPENAI, KNOWN_INFIXES)).toEqual([]);
        expect(out).toMatch(/\[REDACTED (part of )?sk-proj-…/);
      } else {
        expect(out).toBe(text);
      }
    });
  }

  it('a part is labelled with the short form and fingerprint of the key it belongs to', () => {
    expect(redactor(OPENAI).redact(`x ${OPENAI.slice(10, 30)} y`)).toBe(`x [REDACTED part of ${redactValue(OPENAI)} ${fingerprint(OPENAI)}] y`);
  });

  it('the whole key keeps its own label', () => {
    expect(redactor(OPENAI).redact(`"${OPENAI}"`)).toBe(`"[REDACTED ${redactValue(OPENAI)} ${fingerprint(OPENAI)}]"`);
  });

  it('a second pass leaves the labels as they are', () => {
    const r = redactor(OPENAI, ANTHROPIC, AWS_SECRET);
    const once = r.redact(`${OPENAI} ${OPENAI.slice(3, 30)} ${ANTHROPIC.slice(0, 50)} ${jsonEscaped(AWS_SECRET)} sk-ant-api03-`);
    expect(r.redact(once)).toBe(once);
  });

  it('without any format given, the short form prefix and T3BlbkFJ are still kept', () => {
    const r = new Redactor();
    r.add(OPENAI);
    expect(r.redact('sk-proj- T3BlbkFJ')).toBe('sk-proj- T3BlbkFJ');
  });
});

describe('a secret written escaped is found and masked', () => {
  const cases: [string, string, string][] = [
    ['JSON \\u for every character', OPENAI, `{"m":"${jsonEscaped(OPENAI)}"}`],
    ['JSON \\u for every other character', OPENAI, `{"m":"${jsonEscaped(OPENAI, 2)}"}`],
    ['JSON \\u escaped twice (a report quoting a raw body)', OPENAI, JSON.stringify({ bodyExcerpt: `{"m":"${jsonEscaped(OPENAI)}"}` })],
    ['JSON \\/ in a key with slashes', AWS_SECRET, `{"secret":"${AWS_SECRET.replace(/\//g, '\\/')}"}`],
    ['JSON \\u for a part of a key (a run of 12)', OPENAI, `"${jsonEscaped(OPENAI.slice(10, 22))}"`],
    ['percent-encoding of every character', OPENAI, `https://example.test/cb?k=${percentEncoded(OPENAI)}`],
    ['percent-encoding of every third character, lower-case hex', OPENAI, `q=${percentEncoded(OPENAI, 3).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase())}`],
    ['percent-encoding of a key with slashes (%2F)', AWS_SECRET, `secret=${encodeURIComponent(AWS_SECRET)}`],
    ['percent-encoding at three levels (%252573)', OPENAI, `u=${encodeURIComponent(encodeURIComponent(percentEncoded(OPENAI)))}`],
  ];
  for (const [rule, secret, text] of cases) {
    it(rule, () => {
      const out = redactor(OPENAI, AWS_SECRET).redact(text);
      expect(leakedWindows(out, secret, KNOWN_INFIXES)).toEqual([]);
      expect(out).toContain('[REDACTED');
    });
  }

  it('a whole escaped key gets the whole key label', () => {
    expect(redactor(OPENAI).redact(`"${jsonEscaped(OPENAI)}"`)).toBe(`"[REDACTED ${redactValue(OPENAI)} ${fingerprint(OPENAI)}]"`);
  });

  it('a secret holding % or a backslash itself is still found as written', () => {
    const pw = 'FAKE%41pass\\word-0123';
    const out = redactor(pw).redact(`password=${pw}; ${pw.slice(0, 11)}`);
    expect(out).not.toContain(pw);
    expect(out).not.toContain(pw.slice(0, 11));
  });

  it('escapes that decode to no secret leave the text as it is', () => {
    const text = '{"path":"C:\\\\Users\\\\me","q":"a%20b%ZZ%","e":"\\u00e9\\ud83d\\ude00"}';
    expect(redactor(OPENAI).redact(text)).toBe(text);
  });
});

describe('two secrets that overlap', () => {
  const a = 'FAKE0verlapAAAAbbbbCCCCdddd';
  const b = 'CCCCddddEEEEffffGGGG9FAKE';
  it('in the text (one ends where the other begins): neither leaves a run', () => {
    const out = redactor(a, b).redact(`[${a}EEEEffffGGGG9FAKE]`);
    expect(leakedWindows(out, a)).toEqual([]);
    expect(leakedWindows(out, b)).toEqual([]);
  });

  it('one inside the other: the longer is named, and nothing of either is left', () => {
    const inner = OPENAI.slice(8, 40);
    const out = redactor(OPENAI, inner).redact(`k=${OPENAI};`);
    expect(out).toBe(`k=[REDACTED ${redactValue(OPENAI)} ${fingerprint(OPENAI)}];`);
  });
});

describe('no kept fragment, beside the short form, spells the key', () => {
  it("the part a short key's short form hides is masked even when shorter than 8", () => {
    const key = 'sk_test_FAKEWXY9'; // short form sk_test_…WXY9 hides only "FAKE"
    const r = redactor(key);
    expect(r.redact('id FAKE here')).not.toContain('FAKE');
    expect(r.redact('id FAK here')).toBe('id FAK here');
  });

  it(`property: any fragment of any key either is masked or leaves a gap the short form does not fill (300 runs)`, () => {
    fc.assert(
      fc.property(KEY_SHAPED(16, 48), fc.nat(), fc.nat(), (key, x, y) => {
        const i = x % key.length;
        const j = i + 1 + (y % (key.length - i));
        const frag = key.slice(i, j);
        const out = redactor(key).redact(`<${frag}>`);
        if (!out.includes(frag)) return;
        const shown = redactValue(key).split('…')[0]!.length;
        // Kept: then prefix shown + fragment + last 4 shown must leave some character unknown.
        expect(i <= shown && j >= key.length - 4).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('whatever the text, no 8 characters of a secret survive in any reading', () => {
  const piece = (s: string) =>
    fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('plain', 'json', 'json3', 'pct', 'pct2', 'noise')).map(([x, y, how]) => {
      const i = x % s.length;
      const part = s.slice(i, i + 1 + (y % (s.length - i)));
      return how === 'plain' ? part : how === 'json' ? jsonEscaped(part) : how === 'json3' ? jsonEscaped(part, 3) : how === 'pct' ? percentEncoded(part) : how === 'pct2' ? percentEncoded(part, 2) : ` ${'x'.repeat(y % 5)}: `;
    });
  it('property: pieces of one secret, cut and escaped, among noise (300 runs)', () => {
    fc.assert(
      fc.property(
        KEY_SHAPED(8, 60).chain((s) => fc.tuple(fc.constant(s), fc.array(piece(s), { minLength: 1, maxLength: 8 }))),
        ([secret, pieces]) => {
          const out = redactor(secret).redact(pieces.join(''));
          expect(leakedWindows(out, secret, KNOWN_INFIXES)).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a value that only might be secret is masked whole, not in parts, when its shape says it is no key', () => {
  // The last-resort redactors (src/cli/main.ts, src/cli/trace.ts) register every environment value of 16+ characters.
  const cases: [string, string, string][] = [
    ['an absolute path (HOME)', '/tmp/keydoctor-test-ksDn', 'keydoctor: .keydoctor.yml:2: unknown field'],
    ['a list of paths (PATH)', '/usr/local/bin:/usr/bin:/bin', 'see /usr/local/bin/node'],
    ['a home path', '~/projects/hardcoded', 'trace.hardcoded in src/projects/x.ts'],
    ['a URL (GITHUB_SERVER_URL)', 'https://github.com', 'see https://github.blog/changelog'],
    ['words without a digit (GITHUB_REPOSITORY)', 'acme/keydoctor-demo', 'keydoctor-demo failed'],
    ['text with spaces (npm_config_user_agent)', 'npm/10.8.2 node/v20.20.2 linux x64', 'running node/v20.20.2'],
  ];
  for (const [rule, value, text] of cases) {
    it(rule, () => {
      const r = new Redactor();
      r.add(value);
      expect(r.redact(text)).toBe(text);
      expect(r.redact(`x ${value} y`)).not.toContain(value);
    });
  }

  it('a value of a known key format is masked in parts whatever its shape (an AWS secret key starting with "/")', () => {
    const secret = '/FAKEwJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMP';
    expect(redactor(secret).redact(`k=${secret.slice(10, 30)}`)).not.toContain(secret.slice(10, 18));
  });
});

describe('the constants the redactor keeps come from the probes', () => {
  // A literal that every key of a format carries, beyond its prefix, is ordinary text to keep (T3BlbkFJ).
  // Alternatives inside a group are left out: one of several, they are no text of their own
  // (Supabase's role claim in three base64 alignments), and masking one costs nothing.
  it('every literal of 8+ characters in a key pattern, outside alternatives, is its literal prefix or a known infix', () => {
    for (const f of FORMATS) {
      const src = f.pattern.source
        .replace(/\\([.\-_/])/g, '$1')
        .replace(/\[[^\]]*\]|\{[^}]*\}|\\[a-zA-Z]/g, ' ')
        .replace(/\((?:\?[:=!])?[^()]*\)/g, ' ')
        .replace(/[()|^$*+?]/g, ' ');
      const prefix = literalPrefix(f.pattern);
      for (const lit of src.match(/[A-Za-z0-9_.\-/]{8,}/g) ?? []) {
        expect(prefix.includes(lit) || KNOWN_INFIXES.includes(lit), `${f.id}: ${lit} in ${f.pattern.source}`).toBe(true);
      }
    }
  });
});
