// A failure below the pipeline (a plugin probe that throws with the key in its
// message) leaves runCheck redacted by everything the run read, .env included.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/check/run.js';
import { PROBES } from '../../src/probes/index.js';
import { openai } from '../../src/probes/openai/index.js';
import type { Probe } from '../../src/probes/types.js';
import { canary } from '../helpers/keys.js';
import { project } from '../helpers/cli.js';

describe('errors from inside the pipeline', () => {
  it('carry no key read from a .env file, in message or stack', async () => {
    const key = canary('thrown');
    const leaky: Probe = {
      ...openai,
      id: 'leaky',
      envVars: ['LEAKY_API_KEY'],
      request(k) {
        throw new Error(`could not build a request for ${k}`);
      },
    };
    const run = runCheck({
      cwd: project({ '.env': `LEAKY_API_KEY=${key}\n` }),
      env: {},
      envVars: ['LEAKY_API_KEY'],
      provider: 'leaky',
      probes: [...PROBES, leaky],
      offline: false,
      forceLive: false,
      timeoutMs: 1000,
      trustProjectConfig: false,
      failOn: 'error',
    });
    const err = await run.then(() => undefined, (e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect(err!.message).toContain('could not build a request for');
    expect(err!.message).not.toContain(key);
    expect(err!.stack ?? '').not.toContain(key);
  });
});
