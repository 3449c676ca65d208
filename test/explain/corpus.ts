// The explain corpus: real error texts and answers as users reported them,
// one file per case under fixtures/errors/<provider>/<category>-<what>.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ExplainInput } from '../../src/explain/types.js';
import { isDistinctive, type Probe } from '../../src/probes/types.js';
import { ROOT } from '../helpers/cli.js';

export const CORPUS_DIR = join(ROOT, 'fixtures', 'errors');
/** Texts collected apart from the project (issue 20): measured, never tuned against. */
export const CORPUS_2026_DIR = join(ROOT, 'fixtures', 'errors-2026');
/** Texts collected after the 2026 corpus was tuned, from sources the project never cited: the held-out measure. */
export const CORPUS_HELDOUT_DIR = join(ROOT, 'fixtures', 'errors-heldout');
/** A second held-out collection, gathered while the first was being tuned to: the next honest measure. */
export const CORPUS_HELDOUT2_DIR = join(ROOT, 'fixtures', 'errors-heldout2');
/** A third held-out collection, gathered while the second was being tuned to: the next honest measure. */
export const CORPUS_HELDOUT3_DIR = join(ROOT, 'fixtures', 'errors-heldout3');
/** A fourth held-out collection, gathered while the third was being tuned to: the next honest measure. */
export const CORPUS_HELDOUT4_DIR = join(ROOT, 'fixtures', 'errors-heldout4');
/** A fifth held-out collection, gathered while the fourth was being tuned to: the next honest measure. */
export const CORPUS_HELDOUT5_DIR = join(ROOT, 'fixtures', 'errors-heldout5');
/** A sixth held-out collection (Q&A pages and small repositories), gathered while the fifth was being tuned to. */
export const CORPUS_HELDOUT6_DIR = join(ROOT, 'fixtures', 'errors-heldout6');
/** A seventh held-out collection (three collectors), gathered after round 6 and the documented-wordings rules. */
export const CORPUS_HELDOUT7_DIR = join(ROOT, 'fixtures', 'errors-heldout7');
/** An eighth held-out collection (three collectors: AI providers, developer platforms, runtimes), gathered while the cue layer was written. */
export const CORPUS_HELDOUT8_DIR = join(ROOT, 'fixtures', 'errors-heldout8');
/** A ninth held-out collection (three collectors: SaaS APIs, DevOps tooling, apps and bots in many languages), gathered during tuning round 8. */
export const CORPUS_HELDOUT9_DIR = join(ROOT, 'fixtures', 'errors-heldout9');
/** A tenth held-out collection (data/ML platforms, utility APIs, forums), gathered during tuning round 9. */
export const CORPUS_HELDOUT10_DIR = join(ROOT, 'fixtures', 'errors-heldout10');
/** An eleventh held-out collection (mobile and analytics, e-commerce and CMS plugins, identity and workspace APIs), gathered during tuning round 10. */
export const CORPUS_HELDOUT11_DIR = join(ROOT, 'fixtures', 'errors-heldout11');
/** A twelfth held-out collection (four collectors: infrastructure, AI tooling, communications, finance and data APIs), gathered while the pair reading was written. */
export const CORPUS_HELDOUT12_DIR = join(ROOT, 'fixtures', 'errors-heldout12');
/** A thirteenth held-out collection (four collectors: databases and BaaS, developer tools and registries, storage and files, business SaaS), gathered during tuning round 12. */
export const CORPUS_HELDOUT13_DIR = join(ROOT, 'fixtures', 'errors-heldout13');
export const CORPUS_HELDOUT14_DIR = join(ROOT, 'fixtures', 'errors-heldout14');
export const CORPUS_HELDOUT15_DIR = join(ROOT, 'fixtures', 'errors-heldout15');
export const CORPUS_HELDOUT16_DIR = join(ROOT, 'fixtures', 'errors-heldout16');
export const CORPUS_HELDOUT17_DIR = join(ROOT, 'fixtures', 'errors-heldout17');
export const CORPUS_HELDOUT18_DIR = join(ROOT, 'fixtures', 'errors-heldout18');
export const CORPUS_HELDOUT19_DIR = join(ROOT, 'fixtures', 'errors-heldout19');
export const CORPUS_HELDOUT20_DIR = join(ROOT, 'fixtures', 'errors-heldout20');
export const CORPUS_HELDOUT21_DIR = join(ROOT, 'fixtures', 'errors-heldout21');
export const CORPUS_HELDOUT22_DIR = join(ROOT, 'fixtures', 'errors-heldout22');
export const CORPUS_HELDOUT23_DIR = join(ROOT, 'fixtures', 'errors-heldout23');
export const CORPUS_HELDOUT24_DIR = join(ROOT, 'fixtures', 'errors-heldout24');
export const CORPUS_HELDOUT25_DIR = join(ROOT, 'fixtures', 'errors-heldout25');
export const CORPUS_HELDOUT26_DIR = join(ROOT, 'fixtures', 'errors-heldout26');
export const CORPUS_HELDOUT27_DIR = join(ROOT, 'fixtures', 'errors-heldout27');
export const CORPUS_HELDOUT28_DIR = join(ROOT, 'fixtures', 'errors-heldout28');
export const CORPUS_HELDOUT29_DIR = join(ROOT, 'fixtures', 'errors-heldout29');
export const CORPUS_HELDOUT30_DIR = join(ROOT, 'fixtures', 'errors-heldout30');
export const CORPUS_HELDOUT31_DIR = join(ROOT, 'fixtures', 'errors-heldout31');
export const CORPUS_HELDOUT32_DIR = join(ROOT, 'fixtures', 'errors-heldout32');
export const CORPUS_HELDOUT33_DIR = join(ROOT, 'fixtures', 'errors-heldout33');
export const CORPUS_HELDOUT34_DIR = join(ROOT, 'fixtures', 'errors-heldout34');
export const CORPUS_HELDOUT35_DIR = join(ROOT, 'fixtures', 'errors-heldout35');
export const CORPUS_HELDOUT36_DIR = join(ROOT, 'fixtures', 'errors-heldout36');
export const CORPUS_HELDOUT37_DIR = join(ROOT, 'fixtures', 'errors-heldout37');
export const CORPUS_HELDOUT38_DIR = join(ROOT, 'fixtures', 'errors-heldout38');
export const CORPUS_HELDOUT39_DIR = join(ROOT, 'fixtures', 'errors-heldout39');
export const CORPUS_HELDOUT40_DIR = join(ROOT, 'fixtures', 'errors-heldout40');
export const CORPUS_HELDOUT41_DIR = join(ROOT, 'fixtures', 'errors-heldout41');
export const CORPUS_HELDOUT42_DIR = join(ROOT, 'fixtures', 'errors-heldout42');

export interface CorpusCase {
  /** `openai/invalid_key-python-sdk-dict-repr` */
  name: string;
  source: string;
  note?: string;
  input: ExplainInput;
  /** provider null: the text names no provider; any recognition is accepted. */
  expect: { category: string; provider: string | null };
  raw: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : f.endsWith('.json') ? [p] : [];
  });
}

export function loadCorpus(dir: string = CORPUS_DIR): CorpusCase[] {
  // Cases live in a folder per provider; a file at the top (a batch's blind labels) is about the batch, not a case.
  return walk(dir).filter((file) => relative(dir, file).includes(sep)).sort().map((file) => {
    const raw = readFileSync(file, 'utf8');
    const data = JSON.parse(raw) as Omit<CorpusCase, 'name' | 'raw'>;
    return { ...data, name: relative(dir, file).replace(/\.json$/, ''), raw };
  });
}

/** Full keys of a distinctive known format in a case that are not visibly fake: `probe format: value`. */
export function unfakedKeys(c: CorpusCase, probes: readonly Probe[]): string[] {
  return unfakedKeysIn(c.raw, probes);
}

/** The same check over any text: a corpus folder's notes (MEASURED*.md) say what a collector replaced, never the original. */
export function unfakedKeysIn(raw: string, probes: readonly Probe[]): string[] {
  const found: string[] = [];
  for (const probe of probes) {
    // Distinctive formats only: a bare shape (a UUID, 32 hex) also matches request ids.
    for (const f of probe.keyFormats.filter(isDistinctive)) {
      const loose = new RegExp(f.pattern.source.replace(/^\^/, '').replace(/\$$/, ''), 'g');
      for (const m of raw.matchAll(loose)) if (!/FAKE|EXAMPLE/.test(m[0])) found.push(`${probe.id} ${f.id}: ${m[0]}`);
    }
  }
  return found;
}
export const CORPUS_HELDOUT43_DIR = join(ROOT, 'fixtures', 'errors-heldout43');
export const CORPUS_HELDOUT44_DIR = join(ROOT, 'fixtures', 'errors-heldout44');
export const CORPUS_HELDOUT45_DIR = join(ROOT, 'fixtures', 'errors-heldout45');
export const CORPUS_HELDOUT46_DIR = join(ROOT, 'fixtures', 'errors-heldout46');
export const CORPUS_HELDOUT47_DIR = join(ROOT, 'fixtures', 'errors-heldout47');
export const CORPUS_HELDOUT48_DIR = join(ROOT, 'fixtures', 'errors-heldout48');
export const CORPUS_HELDOUT49_DIR = join(ROOT, 'fixtures', 'errors-heldout49');
export const CORPUS_HELDOUT50_DIR = join(ROOT, 'fixtures', 'errors-heldout50');
export const CORPUS_HELDOUT51_DIR = join(ROOT, 'fixtures', 'errors-heldout51');
export const CORPUS_HELDOUT52_DIR = join(ROOT, 'fixtures', 'errors-heldout52');
export const CORPUS_HELDOUT53_DIR = join(ROOT, 'fixtures', 'errors-heldout53');
export const CORPUS_HELDOUT54_DIR = join(ROOT, 'fixtures', 'errors-heldout54');
export const CORPUS_HELDOUT55_DIR = join(ROOT, 'fixtures', 'errors-heldout55');
export const CORPUS_HELDOUT56_DIR = join(ROOT, 'fixtures', 'errors-heldout56');
export const CORPUS_HELDOUT57_DIR = join(ROOT, 'fixtures', 'errors-heldout57');
export const CORPUS_HELDOUT58_DIR = join(ROOT, 'fixtures', 'errors-heldout58');
export const CORPUS_HELDOUT59_DIR = join(ROOT, 'fixtures', 'errors-heldout59');
export const CORPUS_HELDOUT60_DIR = join(ROOT, 'fixtures', 'errors-heldout60');
export const CORPUS_HELDOUT61_DIR = join(ROOT, 'fixtures', 'errors-heldout61');
export const CORPUS_HELDOUT62_DIR = join(ROOT, 'fixtures', 'errors-heldout62');
export const CORPUS_HELDOUT63_DIR = join(ROOT, 'fixtures', 'errors-heldout63');
export const CORPUS_HELDOUT64_DIR = join(ROOT, 'fixtures', 'errors-heldout64');
export const CORPUS_HELDOUT65_DIR = join(ROOT, 'fixtures', 'errors-heldout65');
export const CORPUS_HELDOUT66_DIR = join(ROOT, 'fixtures', 'errors-heldout66');
export const CORPUS_HELDOUT67_DIR = join(ROOT, 'fixtures', 'errors-heldout67');
export const CORPUS_HELDOUT68_DIR = join(ROOT, 'fixtures', 'errors-heldout68');
export const CORPUS_HELDOUT69_DIR = join(ROOT, 'fixtures', 'errors-heldout69');
export const CORPUS_HELDOUT70_DIR = join(ROOT, 'fixtures', 'errors-heldout70');
export const CORPUS_HELDOUT71_DIR = join(ROOT, 'fixtures', 'errors-heldout71');
export const CORPUS_HELDOUT72_DIR = join(ROOT, 'fixtures', 'errors-heldout72');
export const CORPUS_HELDOUT73_DIR = join(ROOT, 'fixtures', 'errors-heldout73');
export const CORPUS_HELDOUT74_DIR = join(ROOT, 'fixtures', 'errors-heldout74');
export const CORPUS_HELDOUT75_DIR = join(ROOT, 'fixtures', 'errors-heldout75');
export const CORPUS_HELDOUT76_DIR = join(ROOT, 'fixtures', 'errors-heldout76');
export const CORPUS_HELDOUT77_DIR = join(ROOT, 'fixtures', 'errors-heldout77');
export const CORPUS_HELDOUT78_DIR = join(ROOT, 'fixtures', 'errors-heldout78');
export const CORPUS_HELDOUT79_DIR = join(ROOT, 'fixtures', 'errors-heldout79');
export const CORPUS_HELDOUT80_DIR = join(ROOT, 'fixtures', 'errors-heldout80');
export const CORPUS_HELDOUT81_DIR = join(ROOT, 'fixtures', 'errors-heldout81');
export const CORPUS_HELDOUT82_DIR = join(ROOT, 'fixtures', 'errors-heldout82');
export const CORPUS_HELDOUT83_DIR = join(ROOT, 'fixtures', 'errors-heldout83');
export const CORPUS_HELDOUT84_DIR = join(ROOT, 'fixtures', 'errors-heldout84');
export const CORPUS_HELDOUT85_DIR = join(ROOT, 'fixtures', 'errors-heldout85');
export const CORPUS_HELDOUT86_DIR = join(ROOT, 'fixtures', 'errors-heldout86');
export const CORPUS_HELDOUT87_DIR = join(ROOT, 'fixtures', 'errors-heldout87');
export const CORPUS_HELDOUT88_DIR = join(ROOT, 'fixtures', 'errors-heldout88');
export const CORPUS_HELDOUT89_DIR = join(ROOT, 'fixtures', 'errors-heldout89');
export const CORPUS_HELDOUT90_DIR = join(ROOT, 'fixtures', 'errors-heldout90');
export const CORPUS_HELDOUT91_DIR = join(ROOT, 'fixtures', 'errors-heldout91');
export const CORPUS_HELDOUT92_DIR = join(ROOT, 'fixtures', 'errors-heldout92');
export const CORPUS_HELDOUT93_DIR = join(ROOT, 'fixtures', 'errors-heldout93');
export const CORPUS_HELDOUT94_DIR = join(ROOT, 'fixtures', 'errors-heldout94');
export const CORPUS_HELDOUT95_DIR = join(ROOT, 'fixtures', 'errors-heldout95');
export const CORPUS_HELDOUT96_DIR = join(ROOT, 'fixtures', 'errors-heldout96');
export const CORPUS_HELDOUT97_DIR = join(ROOT, 'fixtures', 'errors-heldout97');
export const CORPUS_HELDOUT98_DIR = join(ROOT, 'fixtures', 'errors-heldout98');
export const CORPUS_HELDOUT99_DIR = join(ROOT, 'fixtures', 'errors-heldout99');
export const CORPUS_HELDOUT100_DIR = join(ROOT, 'fixtures', 'errors-heldout100');
export const CORPUS_HELDOUT101_DIR = join(ROOT, 'fixtures', 'errors-heldout101');
export const CORPUS_HELDOUT102_DIR = join(ROOT, 'fixtures', 'errors-heldout102');
export const CORPUS_HELDOUT103_DIR = join(ROOT, 'fixtures', 'errors-heldout103');
export const CORPUS_HELDOUT104_DIR = join(ROOT, 'fixtures', 'errors-heldout104');
export const CORPUS_HELDOUT105_DIR = join(ROOT, 'fixtures', 'errors-heldout105');
export const CORPUS_HELDOUT106_DIR = join(ROOT, 'fixtures', 'errors-heldout106');
export const CORPUS_HELDOUT107_DIR = join(ROOT, 'fixtures', 'errors-heldout107');
