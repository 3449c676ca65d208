// What a Bedrock API key says about itself, read locally (nothing here is sent anywhere).
// A short-term key is `bedrock-api-key-` + base64 of a SigV4 presigned URL without its scheme, plus `&Version=1`:
//   bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=…&X-Amz-Credential=ID/DATE/REGION/bedrock/aws4_request
//   &X-Amz-Date=…&X-Amz-Expires=43200&…&X-Amz-Signature=…&Version=1
// (AWS's own generator: aws/aws-bedrock-token-generator-python, aws_bedrock_token_generator/token_generator.py, [code]).
// So its region and the end of its signature's validity are in the key itself. A session that ends sooner ends the key
// sooner (docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html): the signed end is an upper bound.

export interface ShortTermFacts {
  region?: string;
  /** When the signature stops being valid (X-Amz-Date + X-Amz-Expires). */
  expiresAt?: Date;
}

export const SHORT_TERM_PREFIX = 'bedrock-api-key-';

/** The region and signed expiry of a short-term key; undefined when the value is not one or does not decode. */
export function shortTermFacts(key: string): ShortTermFacts | undefined {
  if (!key.startsWith(SHORT_TERM_PREFIX)) return undefined;
  // latin1: bytes that are not UTF-8 (a damaged signature) must not shift the query text around them.
  const text = Buffer.from(key.slice(SHORT_TERM_PREFIX.length), 'base64').toString('latin1');
  const q = text.indexOf('?');
  if (q < 0 || !text.slice(0, q).includes('amazonaws.com')) return undefined;
  const params = new URLSearchParams(text.slice(q + 1));
  const region = params.get('X-Amz-Credential')?.split('/')[2];
  const date = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(params.get('X-Amz-Date') ?? '');
  const seconds = Number(params.get('X-Amz-Expires'));
  const signedAt = date ? Date.UTC(+date[1]!, +date[2]! - 1, +date[3]!, +date[4]!, +date[5]!, +date[6]!) : NaN;
  const expiresAt = Number.isFinite(signedAt) && Number.isFinite(seconds) && seconds > 0 ? new Date(signedAt + seconds * 1000) : undefined;
  return { ...(region && /^[a-z0-9-]{4,30}$/.test(region) ? { region } : {}), ...(expiresAt ? { expiresAt } : {}) };
}
