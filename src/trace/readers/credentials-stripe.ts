// The Stripe CLI's ~/.config/stripe/config.toml ($XDG_CONFIG_HOME/stripe):
// a section per project (`[default]`, `--project-name`), with
// test_mode_api_key (a restricted rk_test_ key from `stripe login`) and
// live_mode_api_key (stripe/stripe-cli#207 shows the file). The CLI's own
// variable STRIPE_API_KEY beats the file, also when a project's .env sets it
// for the app: "it was mistakenly loading this API key that was in my
// project's .env file instead of the restricted key in config.toml"
// (stripe/stripe-cli#1316); live-mode values in the file are redacted and not
// used by the CLI (stripe/stripe-cli#1261).
import { join } from 'node:path';
import { parseIni } from './credentials-ini.js';
import { homeLabel, malformedLine, readCredentialFile, type CredentialInput, type CredentialPart } from './credentials-common.js';
import { emptyExtract, type RawDef } from '../types.js';

export function readStripeConfig(input: CredentialInput & { home: string }): CredentialPart | undefined {
  const { env, home, names } = input;
  if (!names.has('STRIPE_API_KEY')) return undefined;
  const path = join(env.XDG_CONFIG_HOME || join(home, '.config'), 'stripe', 'config.toml');
  const label = homeLabel(path, home);
  const extract = emptyExtract();
  const text = readCredentialFile(path, label, extract.problems);
  if (text === undefined) return { extract, loaded: new Map() };
  const ini = parseIni(text, { toml: true });
  for (const p of ini.problems) extract.problems.push(malformedLine(label, p));
  const project = env.STRIPE_PROJECT_NAME || 'default';
  const loaded = new Map<string, RawDef[]>();
  for (const e of ini.entries) {
    if (e.key !== 'test_mode_api_key' && e.key !== 'live_mode_api_key' && e.key !== 'secret_key') continue;
    if (!e.value) continue;
    const notLoaded = e.section !== project ? `project [${e.section}] is not the one in use ([${project}]; \`stripe --project-name\` picks another)`
      : e.key === 'live_mode_api_key' ? 'the Stripe CLI does not use live-mode keys from its config file (stripe/stripe-cli#1261)' : undefined;
    const def: RawDef = { name: 'STRIPE_API_KEY', kind: 'credential-file', file: label, line: e.line, section: e.section, value: e.value, ...(notLoaded ? { notLoaded } : {}) };
    extract.defs.push(def);
    if (!notLoaded) loaded.set('STRIPE_API_KEY', [...(loaded.get('STRIPE_API_KEY') ?? []), def]);
  }
  return { extract, loaded, rule: `Stripe CLI order: STRIPE_API_KEY in the environment (a project's .env too, stripe/stripe-cli#1316) > ${label} [${project}]` };
}
