// The learned reading's model: word weights per category, trained on the
// project's labelled error texts (scripts/train-explain.mjs). Data only.
import type { Category } from '../../core/types.js';

export interface LearnedModel {
  /** What it was trained on: the corpus folders, how many texts, and a digest of their texts and labels. */
  trainedOn: { corpora: string[]; texts: number; digest: string };
  categories: Category[];
  /** Per category, in `categories` order. */
  bias: number[];
  /** Weights are stored as integers; multiply by `scale`. */
  scale: number;
  /** A word or a two-word phrase → one weight per category (in `categories` order). */
  weights: Record<string, number[]>;
}
