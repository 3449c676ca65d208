// Runs the built CLI the way a person does: on a real pseudo-terminal.
//
// Why `script` (util-linux): node-pty has no Linux prebuild and npm here
// refuses install scripts, so it cannot be built; tmux may be missing on a
// clean machine, while `script` ships in util-linux (bsdutils), which every
// Debian and Ubuntu image has. `script -qefc CMD /dev/null` starts CMD on a
// fresh pseudo-terminal and copies everything CMD writes to the terminal to
// its own stdout, and what it reads on its stdin to the terminal (typing).
// The terminal's size is set with stty before the CLI starts: an unsized
// pseudo-terminal reports 0 columns.
import { spawn } from 'node:child_process';
import { BIN, EMPTY_HOME } from '../helpers/cli.js';
import { render, type Screen } from './screen.js';

export interface TtyRun extends Screen {
  code: number;
  /** Every byte the CLI wrote to the terminal (stdout and stderr both, as a terminal shows them). */
  raw: string;
}

export interface TtyOptions {
  cwd: string;
  env?: Record<string, string>;
  cols?: number;
  /** Send STDOUT to this file instead of the terminal (stderr stays on it). */
  stdoutTo?: string;
  /** Type `send` once the terminal shows `waitFor`. */
  typing?: { waitFor: string; send: string };
  timeoutMs?: number;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function runInTty(args: string[], opts: TtyOptions): Promise<TtyRun> {
  const cli = [process.execPath, BIN, ...args].map(quote).join(' ');
  const cmd = `stty cols ${opts.cols ?? 100} rows 50 2>/dev/null; exec ${cli}${opts.stdoutTo ? ` > ${quote(opts.stdoutTo)}` : ''}`;
  return new Promise((resolve, reject) => {
    const child = spawn('script', ['-qefc', cmd, '/dev/null'], {
      cwd: opts.cwd,
      env: { PATH: process.env.PATH ?? '', HOME: EMPTY_HOME, TERM: 'xterm-256color', ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let raw = '';
    let typed = false;
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 15_000);
    child.stdout.on('data', (d: Buffer) => {
      raw += d.toString('utf8');
      if (opts.typing && !typed && raw.includes(opts.typing.waitFor)) {
        typed = true;
        child.stdin.write(opts.typing.send);
      }
    });
    child.stderr.on('data', (d: Buffer) => (raw += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code: code ?? -1, raw, ...render(raw) });
    });
    child.stdin.on('error', () => {}); // EPIPE when the CLI exits before reading: see runCli in test/helpers/cli.ts
    if (!opts.typing) child.stdin.end();
  });
}
