// Twilio. Credentials: https://console.twilio.com (Account Info; API keys at /us1/account/keys-credentials/api-keys)
// Auth: https://www.twilio.com/docs/usage/requests-to-twilio (HTTP Basic: Account SID + Auth Token, or API key SID + secret)
// Account resource: https://www.twilio.com/docs/iam/api/account (friendly_name, status active|suspended|closed, type Trial|Full)
// Errors: https://www.twilio.com/docs/api/errors/20003 (401 "Authenticate"; lists every cause, incl. a Standard API key on /Accounts),
//   .../errors/20005, .../errors/10001 (account not active), .../errors/70051 (restricted key), test credentials:
//   https://www.twilio.com/docs/iam/test-credentials (403 on every resource but three).
// Formats: trufflehog pkg/detectors/twilio (SID AC + 32 hex, auth token 32 hex), pkg/detectors/twilioapikey (SK + 32, secret 32 alnum).
import { ProbeSetupError, type Probe } from '../types.js';
import { joinUrl, runRules, str } from '../kit.js';
import { phrases } from './phrases.js';
import { isTestCredentials, rules } from './rules.js';

const SID = /^AC[A-Za-z0-9]{32}$/; // documented as AC + 32 hex; alphanumerics tolerated so visibly fake fixtures pass
const KEY_SID = /^SK[A-Za-z0-9]{32}$/;

export const twilio: Probe = {
  phrases,
  id: 'twilio',
  name: 'Twilio',
  docs: 'https://console.twilio.com/us1/account/keys-credentials/api-keys',
  envVars: ['TWILIO_AUTH_TOKEN', 'TWILIO_API_SECRET'],
  settingsEnv: ['TWILIO_ACCOUNT_SID', 'TWILIO_API_KEY', 'TWILIO_REGION', 'TWILIO_EDGE'],
  defaultBaseUrl: 'https://api.twilio.com',
  // api.twilio.com takes any key; a regional or other *.twilio.com host, only when the setting that chose it is as
  // trusted as the key (src/net/target.ts).
  officialHosts: ['api.twilio.com', '*.twilio.com'],
  // Regional hosts api.{edge}.{region}.twilio.com, as twilio-node builds them from TWILIO_EDGE / TWILIO_REGION [conv].
  baseUrlFrom(s) {
    const region = s.TWILIO_REGION?.trim().toLowerCase();
    const edge = s.TWILIO_EDGE?.trim().toLowerCase();
    if (!region && !edge) return undefined;
    return `https://${['api', edge, region ?? 'us1'].filter(Boolean).join('.')}.twilio.com`;
  },
  keyFormats: [
    { id: 'auth-token', description: 'Auth Token (32 hex characters)', pattern: /^[0-9a-f]{32}$/ },
    { id: 'api-key-secret', description: 'API key secret', pattern: /^(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])[A-Za-z0-9]{32}$/ },
    // AC/SK + 32 hex is Twilio's documented SID shape: distinctive although the literal prefix is two letters.
    { id: 'account-sid', description: 'Account SID', pattern: /^AC[0-9a-f]{32}$/, distinctive: true, public: true, unusable: 'the Account SID is the user name, not the secret; it belongs in TWILIO_ACCOUNT_SID, and the Auth Token goes here' },
    { id: 'api-key-sid', description: 'API key SID', pattern: /^SK[0-9a-f]{32}$/, distinctive: true, public: true, unusable: 'the API key SID is the user name; it belongs in TWILIO_API_KEY, and its secret goes in TWILIO_API_SECRET' },
  ],
  hints: {
    hosts: ['verify.twilio.com'],
    sdk: [/TwilioRestException|Twilio\\Exceptions|Twilio::REST|twilio\.base\.exceptions|node_modules\/twilio/],
    // Twilio's error 20003 as apps print it, code then words: "20003 - Authentication Error - No credentials provided"
    // (https://www.twilio.com/docs/api/errors/20003; Statping's SMS notifier, heldout91).
    envelope: [/\b20003 - Authentication Error\b/],
    variables: ['TWILIO_ACCOUNT_SID'],
  },
  requestIdHeaders: ['twilio-request-id'],
  request(key, ctx) {
    const sid = ctx.settings.TWILIO_ACCOUNT_SID;
    if (!sid) {
      throw new ProbeSetupError('TWILIO_ACCOUNT_SID is not set, and Twilio needs the Account SID to check a secret',
        'Set TWILIO_ACCOUNT_SID to the AC… Account SID shown under Account Info at https://console.twilio.com.');
    }
    if (!SID.test(sid)) {
      throw new ProbeSetupError(`TWILIO_ACCOUNT_SID is not an Account SID (AC followed by 32 characters)${sid.startsWith('SK') ? '; SK… is an API key SID' : ''}`,
        'Put the AC… Account SID in TWILIO_ACCOUNT_SID (an SK… API key SID belongs in TWILIO_API_KEY); check for spaces or quotes around it.');
    }
    // An Auth Token is lower-case hex (trufflehog twilio); an API key secret is mixed-case alphanumeric.
    const authToken = /^[0-9a-f]+$/.test(key);
    const apiKey = ctx.settings.TWILIO_API_KEY;
    if (!authToken && !apiKey) {
      throw new ProbeSetupError('this value is not an Auth Token (32 hex characters), and TWILIO_API_KEY, the SK… key SID an API key secret is sent with, is not set',
        'For an API key secret set TWILIO_API_KEY to its SK… SID; for an Auth Token copy it again from the Console.');
    }
    if (!authToken && !KEY_SID.test(apiKey!)) {
      throw new ProbeSetupError('TWILIO_API_KEY is not an API key SID (SK followed by 32 characters)', 'Set TWILIO_API_KEY to the SK… SID of the key whose secret is checked.');
    }
    const user = authToken ? sid : apiKey!;
    // A Standard API key may not read /Accounts (error 20003 page), so an API key reads one phone number instead.
    const path = authToken ? `2010-04-01/Accounts/${sid}.json` : `2010-04-01/Accounts/${sid}/IncomingPhoneNumbers.json?PageSize=1`;
    return {
      method: 'GET',
      url: joinUrl(ctx.baseUrl, path),
      headers: { authorization: `Basic ${Buffer.from(`${user}:${key}`).toString('base64')}` },
    };
  },
  classify(a) {
    const err = { code: str(a.json, 'code'), message: str(a.json, 'message') };
    return runRules('twilio', rules, a, err);
  },
  identity(a) {
    if (isTestCredentials(a)) return { keyType: 'test credentials', mode: 'test' };
    const sid = str(a.json, 'sid');
    if (sid?.startsWith('AC')) {
      const owner = str(a.json, 'owner_account_sid');
      return {
        account: sid,
        organization: str(a.json, 'friendly_name'),
        accountType: str(a.json, 'type'),
        status: str(a.json, 'status'),
        parentAccount: owner && owner !== sid ? owner : undefined,
        keyType: 'Auth Token',
      };
    }
    // The phone-number list (API keys) names the account in its uri.
    const account = /\/Accounts\/(AC\w{32})\//.exec(str(a.json, 'uri') ?? '')?.[1];
    return account ? { account, keyType: 'API key' } : undefined;
  },
};
