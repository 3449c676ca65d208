// The forty-second tuning round of issue 20 (2026-12-06): heldout59's decidable misses, after its untuned figure and
// blind labels were committed. Every text here was WRITTEN FOR THIS TEST from the wording the rules cite, with made-up
// names; none is a copy of a corpus text. Keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('no key, or a key of the wrong form, before any request', () => {
  readAs('malformed_key', [
    ['GET https://api.github.com/user: 401 Bad credentials []\n  Header: {\n    "Authorization": ["Bearer "],\n  }'],
    ["$ curl -H 'Authorization: Bearer ' https://api.github.com/user\n{\"message\":\"Bad credentials\",\"status\":\"401\"}"],
    ['Error: Failed to replace env in config: ${NPM_TOKEN}\n    at envReplace (/usr/lib/node_modules/npm/lib/config/core.js:424:12)'],
    ["Permission denied, wrong credentials\n\n  $client = new \\Example\\Mailer(getenv('SG.FAKE0000'));"],
    ['Unhandled exception. ArgumentException: Invalid token format (Parameter \'token\')'],
  ]);
  it('getenv with a variable\'s name stays the provider\'s reading', () => {
    expect(explainText("Permission denied, wrong credentials\n  $client = new \\Example\\Mailer(getenv('SENDGRID_API_KEY'));").category).not.toBe('malformed_key');
  });
  it('the excerpt of a key passed as a name ends at its start', () => {
    const r = explainText("Permission denied, wrong credentials\n  $c = new Mailer(getenv('SG.FAKEaaaaaaaaaaaaaaaaaaa.FAKEbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'));");
    expect(r.evidence.join('\n')).not.toMatch(/FAKEbbbb/);
  });
});

describe('refusals a valid token gets', () => {
  readAs('insufficient_permissions', [
    ['{"ok":false,"error":"not_in_channel","warning":"missing_charset"}'],
    ['Error: `example-org` forbids access via a personal access token (classic). Please use a GitHub App, OAuth App, or a personal access token with fine-grained permissions.'],
  ]);
});
