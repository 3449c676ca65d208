// Amazon Bedrock API keys (bearer tokens). Keys: https://console.aws.amazon.com/bedrock/home#/api-keys
// Keys: https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html — short-term (≤12 h or the session, usable only
//   in the region it was made in: api-keys-how.html) and long-term (an IAM service-specific credential with an expiry).
// Use: https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-use.html — the SDKs read AWS_BEARER_TOKEN_BEDROCK;
//   sent as `Authorization: Bearer …`; limited to Amazon Bedrock and Bedrock Runtime actions (api-keys-reference.html).
// Call: ListFoundationModels, GET https://bedrock.{region}.amazonaws.com/foundation-models — an Amazon Bedrock (control
//   plane) action, read-only, runs no model; listed with a bearer key by chatboxai/chatbox#3671.
// Region: AWS_REGION, then AWS_DEFAULT_REGION (the SDKs' order), else us-east-1.
// Formats [code: seen in public code only, not documented]: long-term `ABSK` + base64 of `BedrockAPIKey-…-at-ACCOUNT:…`
//   (keys leaked in public repositories, found by find_string); short-term `bedrock-api-key-` + base64 of a presigned URL
//   (aws/aws-bedrock-token-generator-python). Patterned loosely: the prefix and base64, nothing of the length beyond a floor.
// Errors: ./rules.ts.
import { ProbeSetupError, type Probe } from '../types.js';
import { joinUrl, runRules, str } from '../kit.js';
import { rules } from './rules.js';
import { SHORT_TERM_PREFIX, shortTermFacts } from './key.js';

const REGION_VARS = ['AWS_REGION', 'AWS_DEFAULT_REGION'];
// AWS's public regions: bedrock.{region}.amazonaws.com is AWS's own host in each (a region without Bedrock has no such
// host, and the call ends in a DNS failure). A region outside this list is refused rather than guessed at.
const REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1', 'mx-central-1', 'sa-east-1',
  'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2',
  'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1', 'ap-south-2', 'ap-east-1', 'ap-east-2',
  'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5', 'ap-southeast-7',
  'me-central-1', 'me-south-1', 'il-central-1', 'af-south-1', 'us-gov-west-1', 'us-gov-east-1',
];
const host = (region: string) => `bedrock.${region}.amazonaws.com`;
const KEYS = 'https://console.aws.amazon.com/bedrock/home#/api-keys';

export interface BedrockProbeOptions {
  /** The clock a short-term key's expiry is read against; tests pin it. */
  now?: () => Date;
}

export function createBedrockProbe(opts: BedrockProbeOptions = {}): Probe {
  const now = opts.now ?? (() => new Date());
  return {
    id: 'bedrock',
    name: 'Amazon Bedrock',
    aliases: ['aws-bedrock', 'amazon-bedrock'],
    docs: KEYS,
    envVars: ['AWS_BEARER_TOKEN_BEDROCK'],
    // The SDKs' service-specific endpoint variable (docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html).
    baseUrlEnv: 'AWS_ENDPOINT_URL_BEDROCK',
    settingsEnv: REGION_VARS,
    defaultBaseUrl: `https://${host('us-east-1')}`,
    officialHosts: REGIONS.map(host),
    baseUrlFrom(s) {
      const region = REGION_VARS.map((n) => s[n]?.trim()).find(Boolean);
      return region ? `https://${host(region)}` : undefined;
    },
    keyFormats: [
      { id: 'long-term', description: 'long-term API key (ABSK…, an IAM service-specific credential)', pattern: /^ABSK[A-Za-z0-9+/]{36,}={0,2}$/ },
      { id: 'short-term', description: 'short-term API key (bedrock-api-key-…, 12 hours at most, one region)', pattern: /^bedrock-api-key-[A-Za-z0-9+/]{100,}={0,2}$/ },
    ],
    hints: {
      // Also litellm's BedrockException and an IAM action of the service (bedrock:InvokeModel…) in a refusal, and the AWS
      // CLI's and botocore's "when calling the InvokeModel operation" for Bedrock's own operations (16 corpus texts, 15
      // labelled Bedrock; tuning round 62). Bedrock is part of AWS: named over it where both are recognised.
      sdk: [/@aws-sdk\/client-bedrock|bedrock-runtime|aws[-_]bedrock[-_]token[-_]generator|BedrockRuntimeClient|BedrockException|\bbedrock:[A-Z]\w+|\bwhen calling the (?:InvokeModel(?:WithResponseStream)?|Converse(?:Stream)?|InvokeAgent|InvokeInlineAgent|RetrieveAndGenerate|ListFoundationModels|GetFoundationModel|CreateModelInvocationJob|ApplyGuardrail) operation\b/],
      within: 'aws',
      envelope: [/Authentication failed: Please make sure your API Key is valid|Invalid API Key format: Must start with pre-defined prefix/],
      keyPrefixes: ['ABSK', SHORT_TERM_PREFIX],
    },
    requestIdHeaders: ['x-amzn-requestid'],
    request(key, ctx) {
      const facts = shortTermFacts(key);
      if (facts?.expiresAt && facts.expiresAt.getTime() <= now().getTime()) {
        throw new ProbeSetupError(`this short-term Bedrock API key expired at ${facts.expiresAt.toISOString()} (its signature says so; it lasts 12 hours at most)`,
          `Make a new short-term key (${KEYS}, or aws-bedrock-token-generator in code, which makes a fresh one per run), or a long-term key where a key must last.`);
      }
      // The region the call goes to: the endpoint's when it names one, else the variables'.
      const urlRegion = /^bedrock\.([a-z0-9-]+)\.amazonaws\.com$/.exec(new URL(ctx.baseUrl).hostname)?.[1];
      const setRegion = REGION_VARS.map((n) => ctx.settings[n]?.trim()).find(Boolean);
      const region = urlRegion ?? setRegion ?? 'us-east-1';
      if (facts?.region && facts.region !== region) {
        const set = !setRegion && region === 'us-east-1' ? 'AWS_REGION is not set (us-east-1 then)' : `the region in force is ${region}`;
        throw new ProbeSetupError(`this short-term Bedrock API key was made for ${facts.region} and works only there, but ${set}`,
          `Set AWS_REGION=${facts.region}, or make the key in ${region} (switch region in the Bedrock console first).`);
      }
      return { method: 'GET', url: joinUrl(ctx.baseUrl, 'foundation-models'), headers: { authorization: `Bearer ${key}`, accept: 'application/json' } };
    },
    classify(a) {
      if (a.status < 400) return undefined;
      const err = {
        code: a.headers['x-amzn-errortype']?.split(':')[0] ?? str(a.json, '__type')?.split('#').pop(),
        message: str(a.json, 'message') ?? str(a.json, 'Message'),
      };
      return runRules('bedrock', rules, a, err);
    },
    identity(a) {
      const models = (a.json as { modelSummaries?: unknown } | undefined)?.modelSummaries;
      return a.status === 200 && Array.isArray(models) ? { models: `${models.length} foundation models listed` } : undefined;
    },
  };
}

export const bedrock: Probe = createBedrockProbe();
