// OpenAI's organisation and project headers: a key that authenticates but is sent with
// another project's id (OPENAI_PROJECT_ID) is a tenant mismatch, and the fix names the
// line that set the header, not the key (src/check/fix-place.ts).
import { afterAll, describe, expect, it } from 'vitest';
import { openai } from '../../src/probes/openai/index.js';
import { PROBES } from '../../src/probes/index.js';
import { overrideVar } from '../../src/net/target.js';
import { runCheck } from '../../src/check/run.js';
import { closeDispatchers } from '../../src/net/client.js';
import { loadAnswer, loadProbeFixture, startFakeProvider } from '../fake-provider/server.js';
import { project } from '../helpers/cli.js';

const pf = loadProbeFixture('openai');
const standIn = { ...openai, officialHosts: [...openai.officialHosts, '127.0.0.1'] };

describe('openai: a project header of another project', () => {
  afterAll(() => closeDispatchers());

  it('sends OPENAI_PROJECT_ID as OpenAI-Project and names where it is set as the fix', async () => {
    const fake = await startFakeProvider(loadAnswer('openai', '401-mismatched-project').response);
    try {
      const cwd = project({ '.env': 'OPENAI_PROJECT_ID=proj_FAKEEXAMPLE\n' });
      const { result } = await runCheck({
        cwd, env: { OPENAI_API_KEY: pf.key, [overrideVar(openai)]: fake.url }, envVars: ['OPENAI_API_KEY'], provider: 'openai',
        probes: [...PROBES.filter((p) => p.id !== 'openai'), standIn], offline: false, forceLive: false, timeoutMs: 5000, trustProjectConfig: false, failOn: 'error',
      });
      expect(fake.requests[0]!.headers['openai-project']).toBe('proj_FAKEEXAMPLE');
      const k = result.keys[0]!;
      expect({ category: k.category, rule: k.classification?.rule }).toEqual({ category: 'tenant_mismatch', rule: 'openai.mismatched_project' });
      expect(k.fixes.join('\n')).toMatch(/OPENAI_PROJECT_ID is set at \.env:1/);
      expect(k.fixes.join('\n')).not.toMatch(/Copy the key again/);
      expect(result.exitCode).toBe(1);
    } finally {
      await fake.close();
    }
  });
});
