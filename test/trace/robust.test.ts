// Bad input never yields a crash: whatever a project's files hold, the trace
// returns findings (property test over every kind of file it parses).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { traceVariables } from '../../src/trace/index.js';
import { K } from './keys.js';

const KINDS = [
  '.env', '.env.local', 'docker-compose.yml', 'k8s/app.yaml', '.github/workflows/ci.yml', '.gitlab-ci.yml',
  '.circleci/config.yml', 'Jenkinsfile', 'Dockerfile', 'package.json', 'config/settings.json',
  'chart/Chart.yaml', 'chart/values.yaml', 'chart/templates/deploy.yaml', '.gitignore', 'src/app.ts',
];

// Text that looks like the formats: their keywords, the variable, a key, and punctuation.
const pieces = fc.constantFrom(
  'OPENAI_API_KEY', K.openai, 'services:', 'environment:', 'env:', '- name: ', 'value: ', 'valueFrom:', 'secretKeyRef:',
  'kind: Secret', 'apiVersion: v1', 'data:', 'jobs:', 'steps:', '${{ secrets.X }}', '${A:-b}', '{{ .Values.a }}', 'environment {',
  'stage(\'x\') {', '}', '{', '[', ']', '"', "'", '`', '\n', '  ', ':', '=', '#', '!', '*', '**/', 'ENV ', 'ARG ', 'FROM x AS y',
  '\\', '---', '&a', '*a', '<<: *a', 'export ', '\u0000', '\uFEFF', '\r\n',
);
const content = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((xs) => xs.join('')));

describe('trace on arbitrary file contents', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('never throws and always returns a table', () => {
    fc.assert(fc.property(fc.array(content, { minLength: KINDS.length, maxLength: KINDS.length }), (texts) => {
      const dir = mkdtempSync(join(tmpdir(), 'keydoctor-trace-fuzz-'));
      dirs.push(dir);
      KINDS.forEach((rel, i) => {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), texts[i]!);
      });
      const r = traceVariables({ root: dir, env: { OPENAI_API_KEY: K.openai }, home: '/nonexistent' });
      expect(Array.isArray(r.variables)).toBe(true);
      expect(JSON.stringify(r.findings)).not.toContain(K.openai);
    }), { numRuns: 60 });
  });
});
