// The sixty-second tuning round of issue 20 (2026-12-07): not a batch's misses but the corpus's largest provider
// mix-up, Bedrock's errors named AWS (29 texts). Bedrock is part of AWS: where both are recognised and Bedrock has a sign
// of its own, it names the text. Every text here was WRITTEN FOR THIS TEST with made-up names; none is a copy of a corpus
// text.
import { describe, expect, it } from 'vitest';
import { explainText } from './reads.js';

describe("Bedrock's operations in AWS's words", () => {
  it.each([
    ['botocore.exceptions.ClientError: An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don\'t have access to the model with the specified model ID.'],
    ['An error occurred (ValidationException) when calling the ConverseStream operation: The provided model identifier is invalid.'],
    ['An error occurred (AccessDeniedException) when calling the ListFoundationModels operation: Your account is not authorized to invoke this API operation.'],
    ['User: arn:aws:iam::000000000000:user/example is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::foundation-model/example-model'],
  ])('%s names Bedrock', (text) => {
    expect(explainText(text).provider).toBe('bedrock');
  });
  it("another AWS service's operation stays AWS's", () => {
    expect(explainText('An error occurred (AccessDenied) when calling the PutObject operation: Access Denied').provider).toBe('aws');
    expect(explainText('botocore.exceptions.ClientError: An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token included in the request is expired').provider).toBe('aws');
  });
});
