// package.json scripts that set a variable inline (`OPENAI_API_KEY=… node x`,
// `cross-env OPENAI_API_KEY=… next dev`, `env OPENAI_API_KEY=… …`): for that
// `npm run`, the inline value beats the environment and every .env file.
import { shellValue } from './shell.js';
import { emptyExtract, type Extract } from '../types.js';
import { isRecord } from '../../text/yaml-lines.js';

export function readPackageScripts(rel: string, pkg: unknown, text: string, names: ReadonlySet<string>): Extract {
  const out = emptyExtract();
  if (!isRecord(pkg) || !isRecord(pkg.scripts)) return out;
  const lines = text.split(/\r?\n/);
  for (const [script, cmd] of Object.entries(pkg.scripts)) {
    if (typeof cmd !== 'string') continue;
    // NAME=value words at the start of a command (after &&, ;, ||, cross-env or env).
    const re = /(?:^|&&|\|\||;|\bcross-env(?:-shell)?\s|\benv\s)\s*((?:[A-Za-z_][A-Za-z0-9_]*=(?:'[^']*'|"(?:\\.|[^"\\])*"|\S*)\s+)+)/g;
    for (const m of cmd.matchAll(re)) {
      for (const a of m[1]!.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=('[^']*'|"(?:\\.|[^"\\])*"|\S*)/g)) {
        const name = a[1]!;
        if (!names.has(name)) continue;
        const idx = lines.findIndex((l) => l.includes(JSON.stringify(script) + ':') || l.includes(JSON.stringify(script) + ' :'));
        const { value, reference } = shellValue(a[2]!, false);
        const def = { name, kind: 'package-json' as const, file: rel, ...(idx >= 0 ? { line: idx + 1 } : {}), ...(reference ? { reference } : { value: value ?? '', committedLiteral: true }), remark: `script "${script}"` };
        out.defs.push(def);
        out.chains.push({ context: `npm run ${script} (${rel})`, rule: `npm run ${script}: a NAME=value prefix beats the environment and every .env file`, defs: [def] });
      }
    }
  }
  return out;
}
