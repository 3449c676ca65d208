// Wordings of Fireworks's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

export const phrases: PhraseRule[] = [
  // The inference API's own 500 message on GET /inference/v1/models.
  rule('listing_models_500', /Error listing deployed models/, 'provider_outage',
    'Fireworks failed on its side listing the models (a 500, seen for valid keys): run again later, or check the key against another endpoint.',
    'https://github.com/can1357/oh-my-pi/issues/3219', [500]),
];
