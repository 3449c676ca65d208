// The README's table of findings, generated from the catalogue
// (src/core/findings.ts); test/core/findings.test.ts keeps the README's copy equal to it.
import { findingAnchor, FINDINGS, type FindingInfo } from '../core/findings.js';

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderFindingsTable(): string {
  const rows = (Object.entries(FINDINGS) as [string, FindingInfo][]).map(([code, f]) => {
    const shown = code === 'classify' ? 'classify.*' : code;
    return `| <a id="${findingAnchor(code)}"></a>\`${shown}\` | ${f.severity} | ${cell(f.title)}${f.security ? ' (security)' : ''} | ${cell(f.fix ?? '')} |`;
  });
  return ['| code | severity | what it says | what to do |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}
