// A key pasted at a terminal: read with echo off, never shown, Ctrl-C cancels.
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readHidden } from '../../src/cli/compare.js';
import { closeDispatchers } from '../../src/net/client.js';
import { loadAnswer, startFakeProvider, type FakeProvider } from '../fake-provider/server.js';
import { FAKE } from '../helpers/keys.js';
import { compareCli, FRESH_OPENAI } from './harness.js';

function terminal() {
  const tty = Object.assign(new PassThrough(), { isTTY: true, modes: [] as boolean[] });
  return Object.assign(tty, { setRawMode: (raw: boolean) => tty.modes.push(raw) });
}

let fake: FakeProvider | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});
afterAll(() => closeDispatchers());

describe('compare --fresh-stdin at a terminal', () => {
  it('prompts on stderr, reads with echo off until Enter, and restores the terminal', async () => {
    const tty = terminal();
    const prompt = new PassThrough();
    let shown = '';
    prompt.on('data', (d: Buffer) => (shown += d.toString()));
    const read = readHidden(tty, prompt);
    tty.write('sk-FAKEx');
    tty.write('\u007fEXAMPLE\r');
    await expect(read).resolves.toBe('sk-FAKEEXAMPLE');
    expect(tty.modes).toEqual([true, false]);
    expect(shown).toContain('Paste the fresh key');
    expect(shown).not.toContain('FAKEEXAMPLE');
  });

  it('Ctrl-C cancels with a usage error', async () => {
    const tty = terminal();
    const read = readHidden(tty, new PassThrough());
    tty.write('sk-FA\u0003');
    await expect(read).rejects.toThrow('cancelled');
    expect(tty.modes).toEqual([true, false]);
  });

  it('end to end: a pasted key is compared and appears nowhere', async () => {
    fake = await startFakeProvider(loadAnswer('openai', '200-models-list').response);
    const tty = terminal();
    const running = compareCli(['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--format', 'json', '--base-url', fake.url], { env: { OPENAI_API_KEY: FAKE.openaiProject }, stdin: tty });
    setTimeout(() => tty.write(`${FRESH_OPENAI}\r`), 10);
    const r = await running;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).conclusion.code).toBe('both_ok');
    expect(r.stderr).toContain('Paste the fresh key');
    expect(r.stdout + r.stderr).not.toContain(FRESH_OPENAI);
  });
});
