// What a command module is handed when it registers: the process's streams and
// environment, how to set the exit code, and (for completion) the whole program.
import type { Command } from 'commander';
import type { Streams } from './output.js';

export interface MainIO extends Streams {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
}

export interface CommandContext {
  io: MainIO;
  setExit: (code: number) => void;
  /** The program with every command registered in full (shell completion reads their options). */
  fullProgram: () => Promise<Command>;
}

/** Every command module exports one: `register(program, ctx)`. */
export type Register = (program: Command, ctx: CommandContext) => void;
