// `keydoctor report`: the check pipeline, then the bundle written as two files
// (Markdown and JSON), never anything else, never over an existing file.
import { closeSync, constants, existsSync, openSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../core/errors.js';
import { runCheck } from '../pipeline.js';
import { PROBES } from '../probes/index.js';
import { describeEnvironment } from '../report/environment.js';
import { buildReport } from '../report/model.js';
import { renderReportJson, renderReportMarkdown } from '../render/report-markdown.js';
import { addPipelineOptions, pipelineOptions, type PipelineFlags } from './common.js';
import { finish, write, type Streams } from './output.js';

interface ReportFlags extends PipelineFlags {
  out?: string;
  force?: boolean;
}

/** 20261128T073100Z */
export function stamp(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

function writeExclusive(path: string, text: string, force: boolean): void {
  // O_EXCL: refuse to overwrite unless --force; 0600: the bundle is for the ticket, not for everyone on the machine.
  const flags = constants.O_WRONLY | constants.O_CREAT | (force ? constants.O_TRUNC : constants.O_EXCL);
  let fd: number;
  try {
    fd = openSync(path, flags, 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${path} exists; pass --force to overwrite it`);
    throw new UsageError(`cannot write ${path} (${code ?? 'error'})`);
  }
  try {
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

export function registerReport(program: Command, io: Streams & { stdin: NodeJS.ReadableStream & { isTTY?: boolean } }, env: Record<string, string | undefined>, setExit: (code: number) => void): void {
  const cmd = program
    .command('report')
    .description('run check and write a redacted support-ticket bundle (Markdown and JSON)');
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
      const dir = resolve(flags.out ?? process.cwd());
      const base = join(dir, `keydoctor-report-${stamp(result.generatedAt)}`);
      // The last pass before a byte reaches disk: sanitised and redacted again (both idempotent), so no renderer can leak.
      const md = finish(renderReportMarkdown(report), 'markdown', redactor);
      const json = finish(renderReportJson(report), 'json', redactor);
      if (!flags.force) {
        for (const p of [`${base}.md`, `${base}.json`]) if (existsSync(p)) throw new UsageError(`${p} exists; pass --force to overwrite it`);
      }
      writeExclusive(`${base}.md`, md, !!flags.force);
      writeExclusive(`${base}.json`, json, !!flags.force);
      write(io.stdout, `Wrote the redacted report:\n  ${base}.md\n  ${base}.json\nRead it before you send it.\n`, redactor);
      setExit(result.exitCode);
    });
}
