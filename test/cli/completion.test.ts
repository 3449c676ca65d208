import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyProject, ensureBuilt, runCli } from '../helpers/cli.js';

beforeAll(() => ensureBuilt(), 60_000);

const has = (bin: string) => spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;

describe('keydoctor completion', () => {
  it.each(['bash', 'zsh', 'fish'])('prints a %s script that names every command and the check options', async (shell) => {
    const r = await runCli(['completion', shell]);
    expect(r.code).toBe(0);
    for (const word of ['check', 'report', 'providers', 'key-stdin', 'env-var', 'openai']) expect(r.stdout).toContain(word);
  });

  it('the bash script is valid bash and completes a command name', async () => {
    const r = await runCli(['completion', 'bash']);
    const file = join(emptyProject(), 'kd.bash');
    writeFileSync(file, r.stdout);
    const out = execFileSync('bash', ['-c', `source ${file}; COMP_WORDS=(keydoctor ch); COMP_CWORD=1; _keydoctor; echo "\${COMPREPLY[@]}"`]).toString();
    expect(out.trim()).toBe('check');
    const opt = execFileSync('bash', ['-c', `source ${file}; COMP_WORDS=(keydoctor check --prov); COMP_CWORD=2; _keydoctor; echo "\${COMPREPLY[@]}"`]).toString();
    expect(opt.trim()).toBe('--provider');
  });

  it.runIf(has('zsh'))('the zsh script parses', async () => {
    const r = await runCli(['completion', 'zsh']);
    const file = join(emptyProject(), '_keydoctor');
    writeFileSync(file, r.stdout);
    expect(spawnSync('zsh', ['-n', file]).status).toBe(0);
  });

  it('an unknown shell is exit 2 in one line', async () => {
    const r = await runCli(['completion', 'powershell']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
