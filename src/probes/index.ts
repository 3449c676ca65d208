// The registry: every built-in probe, sorted by id. Adding a provider is adding
// its folder and one line here (test/probes/registry.test.ts checks both).
import { isDistinctive, type Probe } from './types.js';
import { didYouMean } from '../core/suggest.js';
import { airtable } from './airtable/index.js';
import { anthropic } from './anthropic/index.js';
import { aws } from './aws/index.js';
import { azureOpenai } from './azure-openai/index.js';
import { bedrock } from './bedrock/index.js';
import { cloudflare } from './cloudflare/index.js';
import { cohere } from './cohere/index.js';
import { datadog } from './datadog/index.js';
import { deepgram } from './deepgram/index.js';
import { deepseek } from './deepseek/index.js';
import { digitalocean } from './digitalocean/index.js';
import { discord } from './discord/index.js';
import { elevenlabs } from './elevenlabs/index.js';
import { fireworks } from './fireworks/index.js';
import { github } from './github/index.js';
import { gitlab } from './gitlab/index.js';
import { googleGemini } from './google-gemini/index.js';
import { groq } from './groq/index.js';
import { heroku } from './heroku/index.js';
import { huggingface } from './huggingface/index.js';
import { linear } from './linear/index.js';
import { mailgun } from './mailgun/index.js';
import { mistral } from './mistral/index.js';
import { netlify } from './netlify/index.js';
import { notion } from './notion/index.js';
import { npm } from './npm/index.js';
import { openai } from './openai/index.js';
import { openrouter } from './openrouter/index.js';
import { perplexity } from './perplexity/index.js';
import { pinecone } from './pinecone/index.js';
import { postmark } from './postmark/index.js';
import { replicate } from './replicate/index.js';
import { resend } from './resend/index.js';
import { sendgrid } from './sendgrid/index.js';
import { sentry } from './sentry/index.js';
import { slack } from './slack/index.js';
import { stripe } from './stripe/index.js';
import { supabase } from './supabase/index.js';
import { supabaseManagement } from './supabase-management/index.js';
import { telegram } from './telegram/index.js';
import { together } from './together/index.js';
import { twilio } from './twilio/index.js';
import { vercel } from './vercel/index.js';
import { vertexAi } from './vertex-ai/index.js';
import { xai } from './xai/index.js';

export const PROBES: readonly Probe[] = [
  airtable,
  anthropic,
  aws,
  azureOpenai,
  bedrock,
  cloudflare,
  cohere,
  datadog,
  deepgram,
  deepseek,
  digitalocean,
  discord,
  elevenlabs,
  fireworks,
  github,
  gitlab,
  googleGemini,
  groq,
  heroku,
  huggingface,
  linear,
  mailgun,
  mistral,
  netlify,
  notion,
  npm,
  openai,
  openrouter,
  perplexity,
  pinecone,
  postmark,
  replicate,
  resend,
  sendgrid,
  sentry,
  slack,
  stripe,
  supabase,
  supabaseManagement,
  telegram,
  together,
  twilio,
  vercel,
  vertexAi,
  xai,
];

export function probeById(id: string, probes: readonly Probe[] = PROBES): Probe | undefined {
  return probes.find((p) => p.id === id);
}

/** `unknown provider "gemini"; did you mean google-gemini?`, naming where to see them all. */
export function unknownProviderMessage(id: string, probes: readonly Probe[] = PROBES): string {
  const aliases = Object.fromEntries(probes.flatMap((p) => (p.aliases ?? []).map((a) => [a.toLowerCase(), p.id])));
  const hint = didYouMean(id, probes.map((p) => p.id), aliases);
  return `unknown provider "${id}"${hint || '; `keydoctor providers` lists them'}`;
}

/** The probe whose conventional variables include `name`. */
export function probeForEnvVar(name: string, probes: readonly Probe[] = PROBES): Probe | undefined {
  return probes.find((p) => p.envVars.includes(name));
}

/**
 * The probe (and format) a value's shape belongs to: only by a distinctive
 * format, and only when exactly one probe claims it (never a guess).
 */
export function probeForValue(value: string, probes: readonly Probe[] = PROBES): { probe: Probe; format: string } | undefined {
  const hits: { probe: Probe; format: string }[] = [];
  for (const probe of probes) {
    const f = probe.keyFormats.find((k) => isDistinctive(k) && k.pattern.test(value));
    if (f) hits.push({ probe, format: f.id });
  }
  return hits.length === 1 ? hits[0] : undefined;
}
