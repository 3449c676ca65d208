// A minimal, bounded line parser for the INI files the AWS CLI writes
// (~/.aws/credentials, ~/.aws/config) and the flat TOML the Stripe CLI writes
// (~/.config/stripe/config.toml): `[section]`, `key = value`, `#`/`;`
// comments, and the AWS config's indented sub-settings (`s3 =` then
// `  max_concurrent_requests = 20`), which are skipped. No dependency: the
// files are small, flat and fixed-format, and a full TOML or INI library would
// accept far more than these CLIs ever write. Every line is looked at once; a
// line that is none of the above is a problem with its line number, and the
// rest of the file is still read.

export interface IniEntry {
  section: string;
  key: string;
  value: string;
  line: number;
}

export interface IniFile {
  entries: IniEntry[];
  /** Each section's header line. */
  sections: Map<string, number>;
  problems: { line: number; reason: string }[];
}

/** Files hold a handful of profiles; a hostile one is cut here. */
const MAX_ENTRIES = 10_000;
const SECTION = /^\[\s*([^\]]*?)\s*\]\s*(?:[#;].*)?$/;
const PAIR = /^([A-Za-z0-9_.\-/:@]+)\s*=\s*(.*)$/;

export function parseIni(text: string, opts: { toml?: boolean } = {}): IniFile {
  const out: IniFile = { entries: [], sections: new Map(), problems: [] };
  let section = '';
  let nested = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length && out.entries.length < MAX_ENTRIES; i++) {
    const raw = lines[i]!;
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    // An indented line under a key with an empty value is that key's sub-setting (AWS config's `s3 =`).
    if (nested && /^\s/.test(raw)) continue;
    nested = false;
    const s = SECTION.exec(line);
    if (s) {
      section = s[1]!.replace(/^["']|["']$/g, '');
      if (!out.sections.has(section)) out.sections.set(section, i + 1);
      continue;
    }
    const p = PAIR.exec(line);
    if (!p) {
      out.problems.push({ line: i + 1, reason: 'not a [section] header nor a key = value line' });
      continue;
    }
    let value = p[2]!.trim();
    if (value === '' && !opts.toml) nested = true;
    if (opts.toml) {
      const q = /^"((?:[^"\\]|\\.)*)"|^'([^']*)'/.exec(value);
      if (q) value = q[1] !== undefined ? q[1].replace(/\\(.)/g, '$1') : q[2]!;
      else value = value.replace(/\s+#.*$/, '');
    } else {
      // botocore strips a ` #` or ` ;` comment only after whitespace; a key never holds one.
      value = value.replace(/\s+[#;].*$/, '');
    }
    out.entries.push({ section, key: p[1]!.toLowerCase(), value, line: i + 1 });
  }
  return out;
}
