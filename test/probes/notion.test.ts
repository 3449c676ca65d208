import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { notion } from '../../src/probes/notion/index.js';

probeSuite(notion);

const KEY = 'ntn_12345678901' + 'FAKE'.repeat(9).slice(0, 35);

describe('notion: specifics', () => {
  it('sends the Notion-Version header the API requires', () => {
    const req = notion.request(KEY, { baseUrl: 'https://api.notion.com', settings: {} });
    expect(req.url).toBe('https://api.notion.com/v1/users/me');
    expect(req.headers).toEqual({ authorization: `Bearer ${KEY}`, 'notion-version': '2022-06-28' });
  });

  it('a public integration\'s bot names the user who authorised it', () => {
    const id = notion.identity?.({
      status: 200,
      headers: {},
      text: '',
      json: { object: 'user', id: 'FAKE-bot', name: 'Fake App', type: 'bot', bot: { owner: { type: 'user', user: { object: 'user', id: 'FAKE-user', name: 'Fake Person', type: 'person' } } } },
    });
    expect(id).toMatchObject({ keyType: 'public integration (OAuth)', authorisedBy: 'Fake Person' });
  });

  it('an answer that is not a Notion error object is left to the generic rules', () => {
    expect(notion.classify({ status: 401, headers: {}, text: 'Unauthorized' })).toBeUndefined();
  });
});
