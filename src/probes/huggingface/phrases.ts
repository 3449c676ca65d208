// Wordings of Hugging Face's errors that only text carries, for `keydoctor explain`
// (an SDK's one-line message, a log line): each cites where it was seen.
import { rule } from '../kit.js';
import type { PhraseRule } from '../types.js';

const NEW_KEY = (where: string) => `Create a new key at ${where} and replace the old one everywhere it is defined.`;

export const phrases: PhraseRule[] = [
  rule('invalid_credentials', /Invalid credentials in Authorization header|token seems invalid|Invalid username or password/i, 'invalid_key',
    [NEW_KEY('https://huggingface.co/settings/tokens')], 'https://github.com/huggingface/huggingface_hub/issues/3368'),
  rule('inference_permission', /does not have sufficient permissions to call Inference Providers/i, 'insufficient_permissions',
    ['Give the fine-grained token the "Make calls to Inference Providers" permission at https://huggingface.co/settings/tokens.'],
    'https://github.com/huggingface/agents-course/issues/558'),
  // huggingface_hub's hf_raise_for_status on a 403: "403 Forbidden: … Make sure your token has the correct permissions"
  // (https://github.com/huggingface/huggingface_hub/blob/main/src/huggingface_hub/utils/_http.py): the Hub knew the token
  // and refused it this repo (a gated repo not granted, a fine-grained token without that repo's scope).
  // A gated repo fetched with no token at all: "Access to model X is restricted. You must be authenticated to access it."
  // (huggingface_hub's GatedRepoError for a 401, https://huggingface.co/docs/hub/models-gated): the login is missing.
  rule('gated_no_token', /\bYou must be authenticated to access it\b/i, 'malformed_key',
    ['No token was sent: log in (`huggingface-cli login`) or set HF_TOKEN where the download runs, after accepting the model\'s gate with that account.'],
    'https://huggingface.co/docs/hub/models-gated'),
  // The same 403 as a non-Python client prints it, its URL the Hub's (mistral.rs's "RequestError(Status(403, … url:
  // https://huggingface.co/meta-llama/…/resolve/main/tokenizer.json", a CLI's "HTTP status client error (403 Forbidden)"
  // before a Hub API URL; EricLBuehler/mistral.rs#621, mflux-community/mflux#662; heldout51, tuning round 37). Anchored on
  // the URL, the rarer word: a paste of repeated "403"s costs linear time.
  rule('forbidden', /token has the correct permissions|\bgated repo(?:sitory)?\b|Forbidden for url: \S*huggingface|https?:\/\/huggingface\.co\/(?:(?<=\b403\b[\s\S]{0,200}https?:\/\/huggingface\.co\/)\S|\S{0,300}[\s\S]{0,80}?\b403\b)/i, 'insufficient_permissions',
    ['The token is valid but may not use this repo or bucket: request access on a gated model\'s page with the token\'s account, or give the token the access the call needs (read for a download, write for an upload; a fine-grained token names the repo or bucket) at https://huggingface.co/settings/tokens.'],
    'https://github.com/huggingface/huggingface_hub/blob/main/src/huggingface_hub/utils/_http.py', [403]),
  // torchtune's wording says "gated repository" ("It looks like you are trying to access a gated repository. Please ensure
  // you have access …" with the token given on its command line: meta-pytorch/torchtune#638; heldout86, tuning round 71).
  rule('gated_repo', /GatedRepo|\bgated repo(?:sitory)?\b|Access to model \S+ is restricted|You must have access to it and be authenticated/i, 'insufficient_permissions',
    ['Request access on the model\'s page and use a token of the account that was granted it.'], 'https://github.com/huggingface/huggingface_hub/issues/2507'),
  // A read token used to write: the Hub's git server "DENIED update refs/heads/main: forbidden", huggingface_hub "You must
  // use your personal account token for write-access methods" (https://huggingface.co/docs/hub/security-tokens).
  rule('write_access', /DENIED update refs\b|must use your personal account token for write-access/i, 'insufficient_permissions',
    ['The token may read but not write: create a token with the Write role (or a fine-grained one with write access to this repo) at https://huggingface.co/settings/tokens.'],
    'https://huggingface.co/docs/hub/security-tokens'),
  rule('monthly_credits', /exceeded your monthly included credits/i, 'billing_or_quota',
    ['The monthly Inference Providers credits are used up: wait for the reset, subscribe to PRO, or add billing.'],
    'https://github.com/huggingface/agents-course/issues/386'),
];
