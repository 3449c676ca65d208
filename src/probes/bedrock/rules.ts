// Amazon Bedrock API keys: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
// Bedrock answers REST-JSON: the error type in the x-amzn-errortype header (`AccessDeniedException:http://…`) or `__type`,
// the text in `message` or `Message`.
import { said, type Rule } from '../kit.js';

const KEYS = 'https://console.aws.amazon.com/bedrock/home#/api-keys';

export const rules: Rule[] = [
  {
    // 403 {"Message":"Invalid API Key format: Must start with pre-defined prefix"} (farion1231/cc-switch#1679): the bearer
    // value is not a Bedrock API key at all (an access key pair pasted whole, a key of another service).
    id: 'invalid_key_format',
    when: (a, e) => a.status === 403 && /invalid api key format/i.test(e.message ?? ''),
    category: 'malformed_key',
    verdict: 'invalid',
    evidence: said,
    fixes: ['Bedrock did not read this as an API key: a long-term key starts with ABSK, a short-term one with bedrock-api-key-. An access key pair (AKIA… and its secret) goes in AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, not in AWS_BEARER_TOKEN_BEDROCK.'],
  },
  {
    // 403 {"Message":"Authentication failed: Please make sure your API Key is valid."}: an expired key (anomalyco/opencode#47073),
    // a key used outside its region (ai4s-research/open-science#53), a deleted or reset long-term key.
    id: 'authentication_failed',
    when: (a, e) => a.status === 403 && /authentication failed.*api key is valid/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      `Bedrock does not accept this API key here. A long-term key ends at the expiry chosen when it was made, and ends at once when it is deleted or its IAM user is; a short-term key lasts 12 hours at most: make a new one at ${KEYS}.`,
      'A short-term key works only in the region it was made in: set AWS_REGION to that region, or make the key in the region the app calls.',
    ],
  },
  {
    // The security token (a short-term key's session) is unknown to AWS (anthropics/claude-code#2260, the SigV4 wording).
    id: 'unrecognized_client',
    when: (_a, e) => e.code === 'UnrecognizedClientException' || /security token included in the request is invalid/i.test(e.message ?? ''),
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [`AWS does not know the credentials behind this key: make a new API key at ${KEYS}.`],
  },
  {
    // "You don't have access to the model with the specified model ID." (langgenius/dify#2829): the key authenticates;
    // the account has not been granted that model (model access), which no key can fix.
    id: 'model_access_denied',
    when: (_a, e) => /have access to the model/i.test(e.message ?? ''),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The key works, but this account has no access to that model in this region: enable it under Model access in the Bedrock console, or use a model (or inference profile) that is enabled.'],
  },
  {
    // 403 AccessDeniedException "User: arn:aws:iam::…:user/… is not authorized to perform: bedrock:ListFoundationModels"
    // (aws-samples/dify-self-hosted-on-aws#74): the key authenticated; its IAM identity lacks the action.
    id: 'access_denied',
    when: (a, e) => a.status === 403 && (e.code === 'AccessDeniedException' || /is not authorized to perform/i.test(e.message ?? '')),
    category: 'insufficient_permissions',
    verdict: 'invalid',
    evidence: said,
    fixes: ['The key authenticates, but its IAM identity may not list models (bedrock:ListFoundationModels). A long-term key\'s IAM user gets AmazonBedrockLimitedAccess by default; a short-term key has the permissions of whoever made it.'],
  },
  {
    id: 'throttled',
    when: (a, e) => a.status === 429 || e.code === 'ThrottlingException',
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['Bedrock throttled the call: wait and run again; the key was not judged.'],
  },
];
