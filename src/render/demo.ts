// The words around a demo run: what the scenario is, that nothing real was
// used, and how to run the same check on one's own project.
import { Chalk } from 'chalk';
import type { DemoScenario } from '../demo/scenarios.js';

const EXIT_WORDS: Record<number, string> = { 0: 'every key usable', 1: 'a key has a problem', 3: 'not checked to the end' };

export function renderDemoHeader(s: DemoScenario, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  return [
    c.bold(`keydoctor demo: ${s.id}`) + c.dim('  (keydoctor demo --list shows the others)'),
    c.dim(`A sample Next.js project and OpenAI's recorded answer, replayed by a server on 127.0.0.1: no network, no real key, none of your files or environment.`),
    `${c.dim('The story:')} ${s.story}`,
    '',
    `$ keydoctor check`,
    '',
  ].join('\n');
}

export function renderDemoFooter(exitCode: number, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  return [
    '',
    c.dim(`keydoctor check would exit ${exitCode} here (${EXIT_WORDS[exitCode] ?? 'see the README'}).`),
    `On your own project: ${c.bold('npx keydoctor check --cwd PATH/TO/PROJECT')} (from this clone), or ${c.bold('keydoctor check')} in the project once installed.`,
    '',
  ].join('\n');
}

export function renderDemoList(all: readonly DemoScenario[], defaultId: string, opts: { color: boolean }): string {
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const width = Math.max(...all.map((s) => s.id.length));
  return all.map((s) => `  ${c.bold(s.id.padEnd(width))}  ${s.title}${s.id === defaultId ? c.dim(' (default)') : ''}`).join('\n') + '\n';
}
