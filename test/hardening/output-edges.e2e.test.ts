// A freshly cloned repository is hostile input (DESIGN.md): a compose service,
// a Kubernetes Secret, a workflow job, a file and a custom provider in
// .keydoctor.yml named with terminal escapes and workflow commands, run
// through the built CLI in every format. Nothing but keydoctor's own colours
// and annotations may reach a terminal, a CI log or a report file.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, project, runCli } from '../helpers/cli.js';
import { FAKE } from '../helpers/keys.js';
import { ESCAPES, HOSTILE_NAME, expectSafeJson, expectSafeMarkdown, expectSafeText, stringsOf } from './output-safety.js';

beforeAll(() => ensureBuilt(), 60_000);

/** A YAML double-quoted scalar: JSON's string syntax is a subset of it. */
const yq = (s: string) => JSON.stringify(s);
/** A file name cannot hold '/' or NUL. */
const FILE_PART = HOSTILE_NAME.replace(/\//g, '\u2215');

function hostileProject(): string {
  const other = FAKE.openaiUser;
  return project({
    '.env': `OPENAI_API_KEY=${FAKE.openaiProject}\nGW_KEY=gw-FAKEFAKEFAKEFAKEEXAMPLE1234\n`,
    'docker-compose.yml': `services:\n  ${yq(`web ${HOSTILE_NAME}`)}:\n    image: x\n    environment:\n      OPENAI_API_KEY: ${other}\n`,
    'k8s/secret.yml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${yq(`sec ${HOSTILE_NAME}`)}\nstringData:\n  OPENAI_API_KEY: ${other}\n`,
    '.github/workflows/ci.yml': `on: push\njobs:\n  ${yq(`job ${HOSTILE_NAME}`)}:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_API_KEY: ${other}\n    steps:\n      - run: echo\n`,
    [`src/f ${FILE_PART}.js`]: `const key = "${other}";\n`,
    '.keydoctor.yml': [
      'providers:',
      '  - id: gw',
      `    name: ${yq(`Gate ${HOSTILE_NAME}`)}`,
      '    envVars: [GW_KEY]',
      '    request: { url: "https://gw.example.com/me", auth: "X-Key: {key}" }',
      '',
    ].join('\n'),
  });
}

let cwd: string;
beforeAll(() => {
  cwd = hostileProject();
});

const KEYS = [FAKE.openaiProject, FAKE.openaiUser];
function noKey(text: string): void {
  for (const k of KEYS) expect(text).not.toContain(k);
}

describe('a hostile project through every output edge', () => {
  it('check, pretty: no escape, no control character, no line a workflow command', async () => {
    const r = await runCli(['check', '--offline'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('hard-codes');
    expectSafeText(r.stdout, { label: 'check stdout' });
    expectSafeText(r.stderr, { label: 'check stderr' });
    noKey(r.stdout + r.stderr);
  });

  it('check, pretty with --color: only keydoctor\'s own colours', async () => {
    const r = await runCli(['check', '--offline', '--color', '--verbose'], { cwd });
    expect(r.stdout).toMatch(/\u001b\[\d+m/);
    expectSafeText(r.stdout, { label: 'check --color stdout', color: true });
  });

  it('check, github: only keydoctor\'s annotations start a line, and the step summary is inert Markdown', async () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'keydoctor-summary-')), 'summary.md');
    const r = await runCli(['check', '--offline', '--format', 'github'], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=/m);
    expectSafeText(r.stdout, { label: 'check --format github', annotations: true });
    const md = readFileSync(summary, 'utf8');
    expectSafeMarkdown(md, 'step summary', ['<sub>', '</sub>']);
    noKey(r.stdout + md);
  });

  it('check, json: valid, faithful, and the printed text carries no C1 or separator', async () => {
    const r = await runCli(['check', '--offline', '--format', 'json'], { cwd });
    const doc = expectSafeJson(r.stdout, 'check --format json');
    const all = stringsOf(doc).join('\n');
    // The data is kept as it was read: a consumer parsing the JSON gets the real names back.
    expect(all).toContain(ESCAPES.c1Csi);
    expect(all).toContain(ESCAPES.clearScreen);
    noKey(r.stdout);
  });

  it('check, junit and sarif: well-formed and inert', async () => {
    const junit = await runCli(['check', '--offline', '--format', 'junit'], { cwd });
    expect(junit.stdout).toMatch(/^<\?xml/);
    expectSafeText(junit.stdout, { label: 'check --format junit' });
    const sarif = await runCli(['check', '--offline', '--format', 'sarif'], { cwd });
    expectSafeJson(sarif.stdout, 'check --format sarif');
  });

  it('trace, pretty and json', async () => {
    const pretty = await runCli(['trace'], { cwd });
    expect(pretty.stdout).toContain('OPENAI_API_KEY');
    expectSafeText(pretty.stdout, { label: 'trace stdout' });
    expectSafeText(pretty.stderr, { label: 'trace stderr' });
    const colour = await runCli(['trace', '--color'], { cwd });
    expectSafeText(colour.stdout, { label: 'trace --color stdout', color: true });
    const json = await runCli(['trace', '--format', 'json'], { cwd });
    const doc = expectSafeJson(json.stdout, 'trace --format json');
    expect(stringsOf(doc).join('\n')).toContain(ESCAPES.c1Csi);
    noKey(pretty.stdout + json.stdout);
  });

  it('report: both files', async () => {
    const out = mkdtempSync(join(tmpdir(), 'keydoctor-report-'));
    const r = await runCli(['report', '--offline', '--out', out], { cwd });
    expectSafeText(r.stdout, { label: 'report stdout' });
    expectSafeText(r.stderr, { label: 'report stderr' });
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(2);
    const json = readFileSync(join(out, files[0]!), 'utf8');
    const md = readFileSync(join(out, files[1]!), 'utf8');
    expectSafeJson(json, 'report .json');
    expectSafeMarkdown(md, 'report .md');
    expect(md).toContain('## Keys');
    noKey(md + json);
  });

  it('an unknown field in .keydoctor.yml whose name carries escapes: one inert line on stderr, exit 2', async () => {
    const bad = project({ '.keydoctor.yml': `${yq(`bad ${HOSTILE_NAME}`)}: 1\n` });
    for (const args of [['check', '--offline'], ['check', '--offline', '--format', 'github'], ['report', '--offline']]) {
      const r = await runCli(args, { cwd: bad });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^keydoctor: \.keydoctor\.yml:1: bad .*unknown field/);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
      expectSafeText(r.stderr, { label: `${args.join(' ')} stderr` });
    }
  });

  it('an unknown option carrying escapes is an inert line too', async () => {
    const r = await runCli(['check', `--x${ESCAPES.clearScreen}${ESCAPES.workflowError}`]);
    expect(r.code).toBe(2);
    expectSafeText(r.stderr, { label: 'unknown option stderr' });
  });
});
