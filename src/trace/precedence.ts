// From definitions and chains to one variable's table: which definition wins
// in which context and why, and the findings that follow (conflicts, shadowed
// duplicates, empty values, whitespace kept around a value, committed literals, contexts that disagree).
import type { Finding } from '../core/types.js';
import { fingerprint, redactValue } from '../redact/fingerprint.js';
import { surroundingWhitespace } from '../core/characters.js';
import { where, type Chain, type RawDef, type TraceDefinition, type TraceVariable } from './types.js';

const PLACEHOLDER = /^(?:your|<|\$\{|x{4,}|change|replace|todo|placeholder|dummy|redacted|insert|enter)/i;

export function rankVariable(name: string, defs: RawDef[], chains: Chain[], extra: Finding[]): TraceVariable {
  // One row per physical definition: a .env file that is also a compose env_file is one line.
  // The row keeps the role that loads it (a .env.docker is a compose env_file, not a skipped .env).
  const canon = new Map<string, RawDef>();
  const keyOf = (d: RawDef) => `${d.file}\0${d.line ?? ''}\0${d.value ?? d.reference ?? ''}`;
  const same = (d: RawDef) => canon.get(keyOf(d)) ?? d;
  for (const d of [...defs.filter((x) => !x.notLoaded), ...defs.filter((x) => x.notLoaded)]) {
    if (!canon.has(keyOf(d))) canon.set(keyOf(d), d);
  }
  const mine = chains.map((c) => ({ ...c, defs: dedupe(c.defs.filter((d) => d.name === name).map(same)) })).filter((c) => c.defs.length);
  const rows = dedupe([...mine.flatMap((c) => c.defs), ...defs.filter((d) => d.name === name).map(same)]);

  const won = new Map<RawDef, Chain>();
  const lost = new Map<RawDef, { chain: Chain; by: RawDef }>();
  for (const c of mine) {
    const w = c.defs[0]!;
    if (!won.has(w)) won.set(w, c);
    for (const d of c.defs.slice(1)) if (!lost.has(d)) lost.set(d, { chain: c, by: w });
  }

  const findings: Finding[] = [];
  const said = new Set<string>();
  for (const c of mine) {
    const w = c.defs[0]!;
    if (c.besideLocal) {
      const f = newShellFinding(name, w, mine.find((l) => l.context === c.besideLocal)?.defs[0]);
      if (f) findings.push(f);
    }
    for (const d of c.defs.slice(1)) {
      // A new shell's view judges its exports against each other; the files are judged in the local view.
      if (c.besideLocal && d.kind !== 'shell') continue;
      const key = where(d); // once per definition: the first context that shadows it
      if (said.has(key) || d.value === undefined || w.value === undefined || d.origin) continue;
      said.add(key);
      if (d.value !== w.value && d.kind === 'credential-file') {
        // A CLI's own file under an environment that overrides it: by design, worth a note, not a warning.
        findings.push({ code: 'trace.shadowed', severity: 'info', message: `${where(d)} holds another ${name} (${label(d.value)}) than ${where(w)} (${label(w.value)}), which wins in ${c.context}; the file is used only where the environment has none.`, location: loc(d) });
      } else if (d.value !== w.value) {
        findings.push({
          code: 'trace.conflict', severity: 'warning',
          message: `${where(d)} sets ${name} to another value (${label(d.value)}) than ${where(w)} (${label(w.value)}), which wins in ${c.context}: ${c.rule}.`,
          fix: fixFor(name, w, d),
          location: loc(d),
        });
      } else {
        findings.push({ code: 'trace.shadowed', severity: 'info', message: `${where(d)} repeats the value of ${where(w)}, which wins in ${c.context}; one of them can go.`, location: loc(d) });
      }
    }
  }
  for (const d of rows) {
    if (d.value === undefined || d.notLoaded) continue;
    if (d.value.trim() === '') {
      if (d.reference) continue; // an unresolved reference says so itself
      findings.push(won.has(d)
        ? { code: 'trace.empty', severity: 'error', message: `${where(d)} sets ${name} to an empty value, and it wins in ${won.get(d)!.context}: the app gets no key there.`, fix: `Put the key in ${where(d)}, or delete the line so a lower definition applies.`, location: loc(d), category: 'malformed_key' }
        : { code: 'trace.empty', severity: 'info', message: `${where(d)} sets ${name} to an empty value (shadowed, so harmless for now).`, location: loc(d) });
      continue;
    }
    // The loader kept whitespace around the value (dotenv inside quotes, an export, a compose value): the app gets it with
    // the key. A Kubernetes Secret's own reader says so of its decoded data, and a reference resolved from another line is
    // judged at that line. Said beside, never instead of, what else the definition is (a literal key in a committed file).
    const ws = d.kind !== 'kubernetes-secret' && !d.resolvedAt ? surroundingWhitespace(d.value) : undefined;
    if (ws) {
      findings.push(won.has(d) && !d.reference
        ? { code: 'trace.whitespace', severity: 'error', message: `${where(d)} sets ${name} to a value with ${ws}, and it wins in ${won.get(d)!.context}: that whitespace goes out with the key.`, fix: `Remove the whitespace in ${where(d)} (inside the quotes, where there are quotes).`, location: loc(d), category: 'malformed_key' }
        : { code: 'trace.whitespace', severity: 'info', message: `${where(d)} sets ${name} to a value with ${ws} (shadowed, so harmless for now).`, location: loc(d) });
    }
    if (d.committedLiteral && fingerprint(d.value.trim()) && !PLACEHOLDER.test(d.value.trim()) && !/\s/.test(d.value.trim())) {
      findings.push({
        code: 'trace.literal_in_repo', severity: 'warning',
        message: `${d.resolvedAt ?? where(d)} writes ${name} as a literal key (${label(d.value)}) in a file that is usually committed.`,
        fix: 'Move the key to a secret store (CI secrets, a Kubernetes Secret created out of band, an untracked .env) and reference it; rotate it if it was pushed.',
        location: loc(d),
      });
    }
  }
  const winners = [...won.entries()].filter(([d]) => d.value !== undefined && fingerprint(d.value) !== null);
  const distinct = new Map<string, string>();
  for (const [d, c] of winners) if (!distinct.has(label(d.value!))) distinct.set(label(d.value!), `${c.context} (${where(d)})`);
  if (distinct.size > 1) {
    findings.push({
      code: 'trace.contexts_differ', severity: 'info',
      message: `${name} has ${distinct.size} different winning values: ${[...distinct].slice(0, 5).map(([fp, at]) => `${fp} in ${at}`).join('; ')}.`,
    });
  }
  findings.push(...extra);

  const definitions = rows.map((d): TraceDefinition => {
    const w = won.get(d);
    const l = lost.get(d);
    const note = d.notLoaded
      ? `not loaded: ${d.notLoaded}`
      : d.origin ?? (w ? `wins in ${w.context}` : l ? `shadowed in ${l.chain.context} by ${where(l.by)}` : undefined);
    const notes = [note, d.remark].filter(Boolean).join('; ');
    const value = d.value;
    return {
      kind: d.kind,
      file: d.file,
      ...(d.line ? { line: d.line } : {}),
      ...(d.section !== undefined ? { section: d.section } : {}),
      fingerprint: value !== undefined ? fingerprint(value) : null,
      // A credentials JSON (GOOGLE_APPLICATION_CREDENTIALS) is named, not cut: its ends are braces.
      redacted: value === undefined ? '(reference)' : redactValue(value),
      wins: !!w && !d.notLoaded,
      ...(w ? { context: w.context } : l ? { context: l.chain.context } : {}),
      ...(notes ? { note: notes } : {}),
      ...(d.reference ? { reference: d.reference } : {}),
      ...(d.notLoaded ? { notLoaded: d.notLoaded } : {}),
      ...(d.readInMode ? { readInMode: d.readInMode } : {}),
      ...(value !== undefined ? { value } : {}),
    };
  });
  const contexts = mine.map((c) => ({ context: c.context, rule: c.rule, defs: c.defs.map((d) => rows.indexOf(d)) }));
  return { name, definitions, findings: sortFindings(findings), contexts };
}

/**
 * What a terminal opened now would load, when it is not what this process
 * loads: an export in a shell start-up file that the process lacks (after
 * `unset`, or in an IDE that never read it) or holds with another value.
 */
function newShellFinding(name: string, shell: RawDef, local: RawDef | undefined): Finding | undefined {
  if (shell.kind !== 'shell' || shell.value === undefined) return undefined;
  if (!local) {
    return {
      code: 'trace.new_shell', severity: 'info',
      message: `${name} is not in this process's environment; a new shell will load ${place(shell)} (${label(shell.value)}).`,
      location: loc(shell),
    };
  }
  if (local.value === undefined || local.value === shell.value) return undefined;
  const now = local.kind === 'process' ? `This process's environment holds ${name}` : `A program started now loads ${name} from ${where(local)}`;
  return {
    code: 'trace.new_shell', severity: 'warning',
    message: `${now} (${label(local.value)}); a new shell will load ${place(shell)} (${label(shell.value)}) instead.`,
    fix: local.kind === 'process'
      ? `If this process holds the right key, update the export at ${place(shell)}; if the export is right, \`unset ${name}\` (or open a new terminal).`
      : `If ${where(local)} holds the right key, remove or update the export at ${place(shell)} and open a new terminal; otherwise put the key from ${place(shell)} in ${where(local)}.`,
    location: loc(shell),
  };
}

/** A definition's place as a person writes it: `~/.zshrc:2` rather than the label `shell: ~/.zshrc:2`. */
function place(d: RawDef): string {
  return where(d).replace(/^shell: /, '');
}

function dedupe<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function label(v: string): string {
  return fingerprint(v) ?? (v.trim() === '' ? 'empty' : redactValue(v));
}

function loc(d: RawDef) {
  return { file: d.file, ...(d.line ? { line: d.line } : {}) };
}

function fixFor(name: string, w: RawDef, d: RawDef): string {
  if (w.kind === 'shell' && d.kind === 'shell') return `A shell reads ${w.file.replace('shell: ', '')} after ${d.file.replace('shell: ', '')}, so its export wins: remove the stale one.`;
  if (w.kind === 'process') return `The process environment beats every file. If ${where(d)} holds the right key, \`unset ${name}\` and remove the stale export from your shell start-up file (~/.zshrc, ~/.bashrc, ~/.profile).`;
  if (w.kind === 'shell') return `Every new terminal exports ${where(w)}, which beats .env files: remove or update that export, then open a new terminal.`;
  return `Keep one definition of ${name} in this context, or make the one that should win (${where(d)}) hold the same key as ${where(w)}.`;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;
function sortFindings(fs: Finding[]): Finding[] {
  return fs.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || a.i - b.i).map((x) => x.f);
}
