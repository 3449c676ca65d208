// Progress while the project is read. The walk is synchronous (one pass over
// the tree, no event loop turns), so ora cannot animate it: after a second,
// one line on the terminal says how far it got, rewritten in place, and is
// erased before the result. Quick runs never show it.
import { oneLine } from '../render/sanitize.js';

export interface WalkProgress {
  onWalk: (files: number, dir: string) => void;
  /** Erase the line, if one was shown. */
  done: () => void;
}

const DELAY_MS = 1000;
const EVERY_MS = 100;

export function walkProgress(stream: NodeJS.WritableStream & { columns?: number }, now: () => number = Date.now): WalkProgress {
  const start = now();
  let last = 0;
  let shown = false;
  return {
    onWalk(files, dir) {
      const t = now();
      if (t - start < DELAY_MS || t - last < EVERY_MS) return;
      last = t;
      shown = true;
      const width = Math.max(20, (stream.columns ?? 80) - 1);
      // A folder of the project is named by whoever wrote it: one inert line.
      const text = `reading the project: ${files.toLocaleString('en-US')} files so far (${oneLine(dir)})`;
      stream.write(`\r\x1b[K${text.length > width ? text.slice(0, width - 1) + '…' : text}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
