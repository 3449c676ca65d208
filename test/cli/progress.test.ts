// The walk's progress line: shown only after a second, rewritten in place at
// most every 100 ms, erased before the result; never on a quick run.
import { describe, expect, it } from 'vitest';
import { walkProgress } from '../../src/cli/progress.js';
import { render } from '../tty/screen.js';

function sink() {
  let text = '';
  return { stream: { columns: 60, write: (s: string) => ((text += s), true) } as unknown as NodeJS.WritableStream & { columns: number }, text: () => text };
}

describe('walk progress', () => {
  it('a walk shorter than a second shows nothing', () => {
    let t = 0;
    const s = sink();
    const p = walkProgress(s.stream, () => t);
    for (t = 0; t < 900; t += 50) p.onWalk(t * 10, 'src');
    p.done();
    expect(s.text()).toBe('');
  });

  it('a long walk shows files read and the folder, in place, and erases it at the end', () => {
    let t = 0;
    const s = sink();
    const p = walkProgress(s.stream, () => t);
    for (t = 0; t <= 2000; t += 10) p.onWalk(t * 100, `packages/p${t}`);
    expect(render(s.text()).lines).toEqual(['reading the project: 200,000 files so far (packages/p2000)']);
    expect(s.text().split('\r\x1b[K').length - 1).toBeLessThanOrEqual(11); // at most every 100 ms
    p.done();
    expect(render(s.text()).lines).toEqual([]);
  });

  it('a long folder name is cut to the terminal width', () => {
    let t = 2000;
    const s = sink();
    const p = walkProgress(s.stream, () => t);
    t = 3000;
    p.onWalk(5, 'a/'.repeat(50));
    expect(render(s.text()).lines[0]!.length).toBeLessThanOrEqual(59);
  });
});
