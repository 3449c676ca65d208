// The words of services keydoctor has no probe for, taken from their own documentation (error references, API
// guides, SDK sources), so that `explain` reads their errors before any batch of pasted texts shows them.
import type { PhraseRule } from '../phrase.js';

/** One service's documented error wordings. */
export interface ServiceWords {
  /** kebab-case id (`algolia`, `mongodb-atlas`); never a probe's id: a probed provider's wordings live in its probe. */
  id: string;
  /** The name a reader knows it by (`Algolia`). */
  name: string;
  /**
   * What shows a text is this service's: its API hosts, SDK module or exception names, its product name, as one
   * case-insensitive regex. `rules` are read only when it matches.
   */
  seen: RegExp;
  /** Wordings that mean one thing when the text is this service's ("Invalid Signature" from Cloudinary). */
  rules: PhraseRule[];
  /**
   * Error codes or phrases no other service uses (`API_KEY_ACCESS_LIST_ACCESS_DENIED`): read even when nothing else
   * in the text names the service.
   */
  codes?: PhraseRule[];
}
