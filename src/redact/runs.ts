// Where registered secrets stand in a text, whole or in part: every run of
// MIN_RUN or more consecutive characters of a secret, except runs made only of
// its public parts (a format's constant prefix or infix, what the short form
// shows), and literals (values too short to have a run or masked whole only,
// the part of a short key its short form hides).
//
// One pass over the text, whatever the number of secrets. Every GRAM-character
// piece of every secret is in a map, with a bitset in front that turns almost
// every lookup away. A run of MIN_RUN characters holds a whole GRAM-piece that
// starts at a multiple of STRIDE, so only those positions are looked up (a
// fifth of the text), and each hit is extended both ways to the whole run it
// belongs to, once per (secret, alignment).

/** The shortest run of a secret that is masked on its own. */
export const MIN_RUN = 8;
const GRAM = 4;
const STRIDE = MIN_RUN - GRAM + 1;

export interface IndexedSecret {
  value: string;
  /** Whether runs of it are masked, or only the whole value. */
  parts: boolean;
  /** Spans of `value` that are public (the same in every key of its format, or shown by its short form). */
  publicParts: readonly (readonly [number, number])[];
  /** Extra strings to mask wherever they stand, as parts of this secret (shorter than MIN_RUN). */
  literals: readonly string[];
}

export interface Hit {
  start: number;
  end: number;
  secret: number;
  /** The whole secret, not a part of it. */
  full: boolean;
}

const KEY_MASK = 0x3fffffff; // small-integer map keys
const BITS_SHIFT = 12; // 2^20 bits in the filter
const MIX = 0x9e3779b1;

function hashAt(s: string, at: number): number {
  let h = 0;
  for (let k = at; k < at + GRAM; k++) h = (Math.imul(h, 0x01000193) + s.charCodeAt(k)) | 0;
  return h;
}

export class SecretIndex {
  /** Hash → flat [secret, offset, secret, offset, …] of the pieces with that hash. */
  private grams = new Map<number, number[]>();
  private filter = new Uint32Array(1 << (32 - BITS_SHIFT - 5));
  private literals: { text: string; secret: number; full: boolean }[] = [];
  /** Per secret, 1 for each public character (merged: a run inside public characters only is public). */
  private public: Uint8Array[] = [];
  /** 1 for every UTF-16 unit some secret holds: an escape of anything else need not be decoded. */
  readonly units = new Uint8Array(0x10000);

  constructor(private readonly secrets: readonly IndexedSecret[]) {
    secrets.forEach((s, id) => {
      const v = s.value;
      for (let k = 0; k < v.length; k++) this.units[v.charCodeAt(k)] = 1;
      const pub = new Uint8Array(v.length);
      for (const [a, b] of s.publicParts) pub.fill(1, Math.max(0, a), Math.min(v.length, b));
      this.public.push(pub);
      const runs = s.parts && v.length >= MIN_RUN;
      if (!runs) this.literals.push({ text: v, secret: id, full: true });
      for (const text of s.literals) this.literals.push({ text, secret: id, full: false });
      if (runs) for (let o = 0; o + GRAM <= v.length; o++) this.addGram(hashAt(v, o), id, o);
    });
  }

  private addGram(h: number, secret: number, offset: number): void {
    const key = h & KEY_MASK;
    const list = this.grams.get(key);
    if (list) list.push(secret, offset);
    else this.grams.set(key, [secret, offset]);
    const bit = Math.imul(h, MIX) >>> BITS_SHIFT;
    this.filter[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** Every run (maximal, per secret and alignment) and every literal in `text`. */
  find(text: string): Hit[] {
    const hits: Hit[] = [];
    for (const l of this.literals) {
      for (let i = text.indexOf(l.text); i !== -1; i = text.indexOf(l.text, i + 1)) hits.push({ start: i, end: i + l.text.length, secret: l.secret, full: l.full });
    }
    if (this.grams.size === 0) return hits;
    // (secret, alignment) → where the run last found on it ends: later pieces inside it are the same run.
    let covered: Map<number, number> | undefined;
    // This loop mostly runs before the JIT has optimised it: the hash is written out, nothing read from `this`.
    const { filter, grams } = this;
    for (let i = 0; i + GRAM <= text.length; i += STRIDE) {
      const h = (Math.imul(Math.imul(Math.imul(text.charCodeAt(i), 0x01000193) + text.charCodeAt(i + 1), 0x01000193) + text.charCodeAt(i + 2), 0x01000193) + text.charCodeAt(i + 3)) | 0;
      const bit = Math.imul(h, MIX) >>> BITS_SHIFT;
      if ((filter[bit >>> 5]! & (1 << (bit & 31))) !== 0) {
        const list = grams.get(h & KEY_MASK);
        if (list) this.extend(text, i, list, (covered ??= new Map()), hits);
      }
    }
    return hits;
  }

  private extend(text: string, at: number, list: number[], covered: Map<number, number>, hits: Hit[]): void {
    for (let k = 0; k < list.length; k += 2) {
      const secret = list[k]!;
      const offset = list[k + 1]!;
      const alignment = (at - offset) * 0x100000 + secret;
      if ((covered.get(alignment) ?? -1) > at) continue;
      const v = this.secrets[secret]!.value;
      let same = true;
      for (let j = 0; j < GRAM && same; j++) same = text.charCodeAt(at + j) === v.charCodeAt(offset + j);
      if (!same) continue; // a hash collision
      let start = at;
      let from = offset;
      while (start > 0 && from > 0 && text.charCodeAt(start - 1) === v.charCodeAt(from - 1)) {
        start--;
        from--;
      }
      let end = at + GRAM;
      let to = offset + GRAM;
      while (end < text.length && to < v.length && text.charCodeAt(end) === v.charCodeAt(to)) {
        end++;
        to++;
      }
      covered.set(alignment, end);
      if (end - start < MIN_RUN || this.public[secret]!.subarray(from, to).every((p) => p === 1)) continue;
      hits.push({ start, end, secret, full: from === 0 && to === v.length });
    }
  }
}
