// `keydoctor report`: the check pipeline, then the bundle written as two files
// (Markdown and JSON), never anything else, never over an existing file.
import { existsSync } from 'node:fs';
import { ensureOutputDir, writeOutputFile } from '../io/write.js';
import { resolveScope } from '../sources/scope.js';
import { unignoredIn } from '../report/ignored.js';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { runCheck } from '../check/run.js';
import { PROBES } from '../probes/index.js';
import { describeEnvironment } from '../report/environment.js';
import { buildReport } from '../report/model.js';
import { renderReportJson, renderReportMarkdown } from '../render/report-markdown.js';
import { addPipelineOptions, pipelineOptions, type PipelineFlags } from './common.js';
import { finish, write, type Streams } from './output.js';
import { summaryOf } from './command-list.js';
import type { Register } from './context.js';

interface ReportFlags extends PipelineFlags {
  out?: string;
  force?: boolean;
}

/** 20261128T073100Z */
export function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

export function registerReport(program: Command, io: Streams & { stdin: NodeJS.ReadableStream & { isTTY?: boolean } }, env: Record<string, string | undefined>, setExit: (code: number) => void): void {
  const cmd = program
    .command('report')
    .description(summaryOf('report'));
  addPipelineOptions(cmd)
    .option('--out <dir>', 'where to write the two files (default: the current directory)')
    .option('--force', 'overwrite existing report files')
    .action(async (flags: ReportFlags, cmd: Command) => {
      const options = await pipelineOptions(flags, env, () => io.stdin, cmd);
      const { result, redactor } = await runCheck(options);
      redactor.maskEmails = !flags.keepEmails;
      const hosts = result.keys.flatMap((k) => (k.live ? [new URL(k.live.url).hostname] : PROBES.find((p) => p.id === k.provider)?.officialHosts.slice(0, 1) ?? []));
      const environment = await describeEnvironment(env, hosts.filter((h) => !h.includes('*')), options.offline);
      const report = redactor.redactDeep(buildReport(result, environment));
      // A link the project holds is never written through (src/io/write.ts); a missing folder is made.
      const projectDir = resolveScope(options.cwd, env.HOME).project?.dir;
      const dir = ensureOutputDir(resolve(flags.out ?? process.cwd()), { projectDir, shown: flags.out ?? '.' });
      // Two reports in the same second get -2, -3 … rather than refusing; --force reuses the first name.
      const name = `keydoctor-report-${stamp(result.generatedAt)}`;
      let base = join(dir, name);
      for (let n = 2; !flags.force && [`${base}.md`, `${base}.json`].some((p) => existsSync(p)); n++) base = join(dir, `${name}-${n}`);
      // The last pass before a byte reaches disk: sanitised and redacted again (both idempotent), so no renderer can leak.
      const md = finish(renderReportMarkdown(report), 'markdown', redactor);
      const json = finish(renderReportJson(report), 'json', redactor);
      for (const [file, text] of [[`${base}.md`, md], [`${base}.json`, json]] as const) writeOutputFile(file, text, { projectDir, exclusive: !flags.force, shown: file });
      const tree = await unignoredIn(`${base}.md`, env);
      const warn = tree ? `! The bundle is inside the git work tree ${tree} and no .gitignore covers it: add keydoctor-report-* to .gitignore, or write it elsewhere with --out.\n` : '';
      write(io.stdout, `Wrote the redacted report:\n  ${base}.md\n  ${base}.json\nRead it before you send it.\n${warn}`, redactor);
      setExit(result.exitCode);
    });
}

export const register: Register = (p, c) => registerReport(p, c.io, c.io.env, c.setExit);
