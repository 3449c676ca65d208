// The top-level help, laid out as commander lays it out, so `--help` answers
// from the entry alone, without loading commander (a test compares the two).
export function topLevelHelp(description: string, rows: readonly (readonly [string, string])[], afterHelp: string): string {
  const wrap = (text: string, indent: number, width = 80): string[] => {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(' ')) {
      if (line && indent + line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    return [...lines, line];
  };
  const all = [...rows, ['help [command]', 'display help for command'] as const];
  const col = Math.max(...all.map(([n]) => n.length)) + 2;
  const commands = all.flatMap(([n, d]) => wrap(d, col + 2).map((l, i) => `  ${(i === 0 ? n : '').padEnd(col)}${l}`));
  return [
    'Usage: keydoctor [options] [command]',
    '',
    ...wrap(description, 0),
    '',
    'Options:',
    `  ${'-V, --version'.padEnd(col)}output the version number`,
    `  ${'-h, --help'.padEnd(col)}display help for command`,
    '',
    'Commands:',
    ...commands,
    afterHelp,
    '',
  ].join('\n');
}
