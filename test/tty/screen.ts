// A small terminal emulator: enough of VT100/xterm to turn what a program wrote
// to a terminal into the screen a person sees at the end (cursor moves, line
// erases, carriage returns), so a test can read the final screen the way
// `tmux capture-pane` would, without tmux.
//
// Kept: printable text, CR, LF, BS, TAB, CSI A B C D G H f J K (cursor and
// erase), and whether any SGR colour was set. Everything else (private modes
// such as ?25l, OSC titles, synchronized output ?2026h) changes nothing on screen.
export interface Screen {
  /** The final screen, one string per line, trailing spaces removed. */
  lines: string[];
  /** Whether any SGR sequence set a colour or style (not just a reset). */
  styled: boolean;
}

export function render(raw: string): Screen {
  const grid: string[][] = [[]];
  let row = 0;
  let col = 0;
  let styled = false;
  const line = (r: number) => (grid[r] ??= []);
  const put = (ch: string) => {
    const l = line(row);
    while (l.length < col) l.push(' ');
    l[col++] = ch;
  };
  const chars = [...raw];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\x1b') {
      const next = chars[i + 1];
      if (next === '[') {
        let j = i + 2;
        let params = '';
        while (j < chars.length && /[0-9;?<=>]/.test(chars[j]!)) params += chars[j++];
        const final = chars[j] ?? '';
        i = j;
        const nums = params.replace(/^[?<=>]/, '').split(';').map((n) => (n === '' ? undefined : Number(n)));
        const n = nums[0] ?? 1;
        if (params.startsWith('?')) continue;
        switch (final) {
          case 'A': row = Math.max(0, row - n); break;
          case 'B': row += n; break;
          case 'C': col += n; break;
          case 'D': col = Math.max(0, col - n); break;
          case 'G': col = Math.max(0, n - 1); break;
          case 'H': case 'f': row = Math.max(0, (nums[0] ?? 1) - 1); col = Math.max(0, (nums[1] ?? 1) - 1); break;
          case 'K': {
            const mode = nums[0] ?? 0;
            const l = line(row);
            if (mode === 0) l.length = Math.min(l.length, col);
            else if (mode === 1) for (let k = 0; k <= col && k < l.length; k++) l[k] = ' ';
            else l.length = 0;
            break;
          }
          case 'J': {
            const mode = nums[0] ?? 0;
            if (mode === 0) { line(row).length = Math.min(line(row).length, col); grid.length = row + 1; }
            else if (mode === 2 || mode === 3) { grid.length = 0; grid.push([]); row = 0; col = 0; }
            break;
          }
          case 'm':
            if (nums.some((x) => x !== undefined && x !== 0 && x !== 39 && x !== 49 && x !== 22 && x !== 23 && x !== 24)) styled = true;
            break;
          default:
            break;
        }
        continue;
      }
      if (next === ']') {
        // OSC: up to BEL or ESC \
        let j = i + 2;
        while (j < chars.length && chars[j] !== '\x07' && !(chars[j] === '\x1b' && chars[j + 1] === '\\')) j++;
        i = chars[j] === '\x07' ? j : j + 1;
        continue;
      }
      i++; // a two-character escape
      continue;
    }
    if (ch === '\r') col = 0;
    else if (ch === '\n') { row++; line(row); }
    else if (ch === '\b') col = Math.max(0, col - 1);
    else if (ch === '\t') col = (Math.floor(col / 8) + 1) * 8;
    else if (ch >= ' ' && ch !== '\x7f') put(ch);
  }
  const lines = grid.map((l) => (l ?? []).join('').replace(/\s+$/, ''));
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { lines, styled };
}
