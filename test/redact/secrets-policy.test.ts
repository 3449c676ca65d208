// One secret policy for every command (src/redact/secrets.ts): what is masked
// and what is not. Paths and ordinary settings are not secrets: masking PWD
// turned an error about a folder into "[REDACTED /home…]/reports".
import { describe, expect, it } from 'vitest';
import { isSecret } from '../../src/redact/secrets.js';
import { project, runCli } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';

describe('the secret policy', () => {
  it.each([
    ['OPENAI_API_KEY', FAKE.openaiProject, true],
    ['SOMETHING', FAKE.stripeTest, true], // a known key shape under any name
    ['DB_PWD', 'hunter2hunter2', true],
    ['SESSION_SECRET', 'correct horse battery staple', true],
    ['MY_SERVICE_THING', 'Ab3dEf9hIj2kLm7nOp4q', true], // a long token nobody named
    ['PWD', '/home/someone/projects/acme-chat/apps/web', false],
    ['OLDPWD', '/home/someone/projects/acme-chat', false],
    ['HOME', '/home/someone', false],
    ['PATH', '/usr/local/bin:/usr/bin:/bin:/home/someone/.nvm/versions/node/v20.20.2/bin', false],
    ['LANG', 'en_US.UTF-8', false],
    ['GITHUB_REPOSITORY', 'acme/chat-service-2026', false],
    ['OPENAI_BASE_URL', 'https://llm-gateway.example.net/v1', false],
    ['SOME_ENDPOINT', 'https://api.example.com/v2/things', false],
    ['NODE_OPTIONS', '--max-old-space-size=4096', false],
    ['DESCRIPTION', 'a sentence with spaces and 12 digits', false],
  ])('%s=%s: %s', (name, value, secret) => {
    expect(isSecret(name, value)).toBe(secret);
  });

  it('an error naming a folder under a long working directory shows the path, not [REDACTED …]', async () => {
    const cwd = project({ 'in-the-way': 'x' });
    const r = await runCli(['report', '--offline', '--out', `${cwd}/in-the-way`], { cwd, env: { PWD: cwd, OPENAI_API_KEY: FAKE.openaiProject } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${cwd}/in-the-way is not a folder`);
    expect(r.stderr).not.toContain('REDACTED');
  });
});
