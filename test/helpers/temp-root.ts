// One temporary folder per test run. Every folder a test makes under os.tmpdir(), and every file of a CLI it spawns,
// lands in it (workers and children inherit TMPDIR), and the run removes it at the end: without it each `npm test`
// left about 1,300 folders in /tmp (keydoctor-test-*, keydoctor-home-*, kd-hostile-*, …).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'keydoctor-tests-'));
  for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = root;
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}
