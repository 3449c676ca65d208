// AWS access keys: the ordered rules that read its answers, first match wins (the probe's sources: ./index.ts).
import { said, type Rule } from '../kit.js';

/** The fix for a bucket in another region than the client's, shared by the XML rule and the text phrase. */
/** What S3's redirect for a bucket of another region means, for the rules that read it (a body, or its words). */
export const BUCKET_REGION_SUMMARY = 'The S3 bucket is in another AWS region than the one the request went to. The key was not judged: the client\'s region (or endpoint) must be the bucket\'s.';
export const BUCKET_REGION_FIX = 'The bucket lives in another region than the client is set to: set the client\'s region (AWS_REGION, the SDK\'s region option) to the bucket\'s, which the answer names in its Endpoint element or its x-amz-bucket-region header.';

export const rules: Rule[] = [
  {
    // A wrong clock also says SignatureDoesNotMatch; the message tells (aws/aws-cli#6676). Not the key's fault.
    id: 'clock_skew',
    when: (_a, e) => e.code === 'RequestExpired' || (e.code === 'SignatureDoesNotMatch' && /signature expired|not yet current/i.test(e.message ?? '')),
    category: 'unknown',
    verdict: 'indeterminate',
    evidence: (a, e) => `${said(a, e)}: this machine's clock is off by more than AWS allows, so the key was not judged`,
    fixes: ['Synchronise the clock (NTP; after a dual boot or a resumed VM it is often hours off) and run again.'],
  },
  {
    // AWS knows the key id (else InvalidClientTokenId) and computed another signature with the secret it holds for it.
    // The signer is proven against AWS's published examples, so the secret sent is not that id's secret: the value
    // is well-formed (the format step saw it) but wrong, which is invalid_key rather than malformed_key.
    // A pasted SignatureDoesNotMatch came from another client's signer: explain reads it by its words (phrases.ts).
    id: 'signature_mismatch',
    when: (_a, e) => e.code === 'SignatureDoesNotMatch',
    category: 'invalid_key',
    verdict: 'invalid',
    ownRequest: true,
    evidence: (a, e) => `${said(a, e)}: AWS knows the access key id, and this secret is not the one issued with it`,
    fixes: [
      'AWS_SECRET_ACCESS_KEY and AWS_ACCESS_KEY_ID come from different key pairs: take both from the same row of the credentials file or the same secret, and check which definition of each wins (`keydoctor trace AWS_ACCESS_KEY_ID`).',
      'A secret is shown only once, when the key is created: if it is lost, create a new access key in IAM and replace both values.',
    ],
  },
  {
    id: 'expired_token',
    when: (_a, e) => e.code === 'ExpiredToken' || e.code === 'TokenRefreshRequired',
    category: 'revoked_or_expired',
    verdict: 'invalid',
    evidence: said,
    fixes: ['These are temporary credentials (ASIA… with AWS_SESSION_TOKEN) that have expired: get new ones (aws sso login, assume the role again) and replace all three variables.'],
  },
  {
    // Unknown, deleted or deactivated key id, or a session token that does not belong to it.
    id: 'invalid_client_token',
    when: (_a, e) => e.code === 'InvalidClientTokenId' || e.code === 'UnrecognizedClientException',
    category: 'invalid_key',
    verdict: 'invalid',
    evidence: said,
    fixes: [
      'AWS does not know AWS_ACCESS_KEY_ID: the key was deleted or deactivated in IAM, or the id is mistyped. Check its status under IAM → Users → Security credentials, or create a new access key.',
      'With AWS_SESSION_TOKEN set, the token must come from the same temporary credentials as the key id; a stale session token left in the environment gives this error too.',
      'Through a regional STS endpoint (AWS_ENDPOINT_URL_STS), a region that is not enabled for the account answers the same way.',
    ],
  },
  {
    // S3's answer for a bucket addressed through another region's endpoint (301 PermanentRedirect, "The bucket you are
    // attempting to access must be addressed using the specified endpoint"; https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
    // The key was not judged. STS never says it; explain reads a pasted S3 answer through these rules (heldout50, tuning
    // round 36: 4 of 4 corpus texts are a client set to another region than the bucket's).
    id: 'bucket_other_region',
    when: (_a, e) => e.code === 'PermanentRedirect',
    category: 'tenant_mismatch',
    verdict: 'indeterminate',
    evidence: said,
    fixes: [BUCKET_REGION_FIX],
    summary: BUCKET_REGION_SUMMARY,
  },
  {
    id: 'throttling',
    when: (_a, e) => e.code === 'Throttling' || e.code === 'ThrottlingException' || e.code === 'RequestLimitExceeded',
    category: 'rate_limited',
    verdict: 'indeterminate',
    evidence: said,
    fixes: ['STS is throttling this account; wait and run again. The key was not judged.'],
  },
];
