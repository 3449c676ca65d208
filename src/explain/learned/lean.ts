// What the words of a text lean to, by the learned model: the likeliest
// category, how likely, and the words that weighed most for it. A reading of
// last resort: decide.ts asks it only where no rule knows the wording.
import type { Category } from '../../core/types.js';
import { MODEL } from './learned-model.js';
import { features, telling } from './tokens.js';
import type { LearnedModel } from './types.js';

export interface Leaning {
  category: Category;
  /** The model's probability for it, 0–1. */
  probability: number;
  /** The words (or word pairs) of the text that weigh most for it, strongest first; never only a status line's. */
  words: string[];
  /** How many labelled texts the model learnt from. */
  texts: number;
}

export function lean(search: string, model: LearnedModel = MODEL): Leaning | undefined {
  // Own keys only: a text's word "constructor" is not a weight.
  const known = features(search).filter((f) => Object.hasOwn(model.weights, f));
  if (!known.length) return undefined;
  const scores = model.bias.map((b, c) => b + model.scale * known.reduce((sum, f) => sum + model.weights[f]![c]!, 0));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, v) => a + v, 0);
  const best = scores.indexOf(top);
  // The words it rests on: a leaning that rests only on a status line's words is the status's, and no reading.
  const words = known
    .filter(telling)
    .map((f) => ({ f, w: model.weights[f]![best]! }))
    .filter((x) => x.w > 0)
    .sort((x, y) => y.w - x.w)
    .slice(0, 3)
    .map((x) => x.f);
  if (!words.length) return undefined;
  return { category: model.categories[best]!, probability: exp[best]! / total, words, texts: model.trainedOn.texts };
}
