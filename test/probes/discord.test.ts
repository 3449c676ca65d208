import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { discord } from '../../src/probes/discord/index.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';

probeSuite(discord);

const TOKEN = 'MTAFAKEFAKEFAKEFAKEFAKEF.GFAKE1.EXAMPLEEXAMPLEEXAMPLEEXAMPLE0';

describe('discord: bot tokens', () => {
  it('sends the token with the Bot scheme (a Bearer or bare token is a 401) and a DiscordBot user agent', () => {
    const req = discord.request(TOKEN, { baseUrl: 'https://discord.com/api/v10', settings: {} });
    expect(req.headers.authorization).toBe(`Bot ${TOKEN}`);
    expect(req.headers['user-agent']).toMatch(/^DiscordBot \(/);
    expect(req.url).toBe('https://discord.com/api/v10/users/@me');
  });

  it('a Discord bot token in another provider\'s variable is named as a Discord token', () => {
    const openai = PROBES.find((p) => p.id === 'openai')!;
    const r = checkFormat(TOKEN, openai, { others: [...PROBES.filter((p) => p.id !== 'discord'), discord] });
    expect(r.findings.find((f) => f.code === 'format.wrong_provider')?.message).toMatch(/Discord/);
  });

  it('a 401 for the Bot scheme is invalid_key; a Cloudflare 403 is not blamed on the token', () => {
    expect(discord.classify({ status: 401, headers: {}, text: '', json: { message: '401: Unauthorized', code: 0 } })?.verdict).toBe('invalid');
    expect(discord.classify({ status: 403, headers: {}, text: '', json: { message: 'internal network error', code: 40333 } })?.verdict).toBe('indeterminate');
  });
});
