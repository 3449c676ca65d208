// stderrIsTTY answers for the process's own stderr from fstat, without building
// process.stderr (a pipe's stream loads node:net); for other streams, isTTY.
import { describe, expect, it } from 'vitest';
import { closeSync, mkdtempSync, openSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stderrIsTTY, type Streams } from '../../src/cli/output.js';

const sink = { write: () => true } as unknown as Streams['stdout'];

describe('stderrIsTTY', () => {
  it('a file descriptor that is a file or a pipe is no terminal, and the stream is never built', () => {
    const fd = openSync(join(mkdtempSync(join(tmpdir(), 'keydoctor-fd-')), 'err.txt'), 'w');
    try {
      const io = { stdout: sink, stderrFd: fd, get stderr(): Streams['stderr'] { throw new Error('stderr was built'); } };
      expect(stderrIsTTY(io)).toBe(false);
    } finally {
      closeSync(fd);
    }
  });

  it('without a file descriptor, the stream says', () => {
    expect(stderrIsTTY({ stdout: sink, stderr: Object.assign({ write: () => true }, { isTTY: true }) as unknown as Streams['stderr'] })).toBe(true);
    expect(stderrIsTTY({ stdout: sink, stderr: { write: () => true } as unknown as Streams['stderr'] })).toBe(false);
  });

  it('a character device that is not a terminal (/dev/null) asks the stream', () => {
    const fd = openSync('/dev/null', 'w');
    try {
      expect(stderrIsTTY({ stdout: sink, stderrFd: fd, stderr: { write: () => true } as unknown as Streams['stderr'] })).toBe(false);
      expect(stderrIsTTY({ stdout: sink, stderrFd: fd, stderr: Object.assign({ write: () => true }, { isTTY: true }) as unknown as Streams['stderr'] })).toBe(true);
    } finally {
      closeSync(fd);
    }
  });
});
