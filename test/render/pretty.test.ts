// The human screen's layout with colour on: the screens in test/screens are
// compared without colour, and a coloured label once ran into its text
// ("! formatThe value …") in every real terminal.
import { describe, expect, it } from 'vitest';
import { renderPretty } from '../../src/render/pretty.js';
import { offline, offlineProject } from './results.js';

const ANSI = /\u001b\[\d+m/g;

describe('pretty', () => {
  it.each([false, true])('with colour the screen is the plain one plus escapes (verbose %s)', async (verbose) => {
    for (const name of ['paddedKeyShadowingAnother', 'malformedDotenvLines', 'emptyKeyInDotenv', 'wellFormedTestKey'] as const) {
      const { result } = await offlineProject(name);
      const plain = renderPretty(result, { color: false, verbose });
      const coloured = renderPretty(result, { color: true, verbose });
      expect(coloured).toMatch(ANSI);
      expect(coloured.replace(ANSI, ''), name).toBe(plain);
    }
  });

  it('a value that fits no format is not called well-formed in the closing line', async () => {
    const { result } = await offline({ '.env': 'OPENAI_API_KEY=sk-proj-FAKEabc123\nSTRIPE_SECRET_KEY=sk_test_FAKE51HxExampleExampleExample12\n' }, ['OPENAI_API_KEY', 'STRIPE_SECRET_KEY']);
    const screen = renderPretty(result, { color: false, verbose: false });
    expect(screen).toMatch(/matches none of OpenAI's known key formats/);
    expect(screen).toMatch(/^2 keys: 1 well-formed and 1 of no known format, not checked live \(--offline\); 1 warning\.$/m);
  });

  it('a value too short to show a part of states its length once', async () => {
    const { result } = await offline({ '.env': 'OPENAI_API_KEY=sk-proj-FAKEqwe\n' }, ['OPENAI_API_KEY']);
    const keyLine = renderPretty(result, { color: false, verbose: false }).split('\n').find((l) => l.startsWith('  key'));
    expect(keyLine).toBeDefined();
    expect(keyLine!.match(/15 chars/g)).toHaveLength(1);
  });
});
