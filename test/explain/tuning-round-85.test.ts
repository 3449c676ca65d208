// The eighty-fifth tuning round of issue 20 (2026-12-08): heldout102–103's texts whose category was right and whose
// provider no sign named, where the words are the provider's own. No category moves. The texts here were WRITTEN FOR
// THIS TEST.
import { describe, expect, it } from 'vitest';
import { explainText } from './reads.js';

describe('signs that name the provider', () => {
  it.each([
    ['Error: CredentialsError: Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1', 'aws'],
    ['This utility needs a config file formatted the same as for s3cmd\nor AWS_SECRET_KEY and AWS_ACCESS_KEY environment variables.', 'aws'],
    ["remote: Permission to acme/docs.git denied.\nerror: failed to push some refs to 'git@github.com:acme/docs.git'", 'github'],
  ])('%s → %s', (text, provider) => {
    expect(explainText(text).provider).toBe(provider);
  });
  it('the chain\'s message without the SDK\'s class names nobody (GCP and Azure chains say "missing credentials" too)', () => {
    expect(explainText('Missing credentials in config').provider).toBeNull();
  });
  it('the old name is matched whole: a variable that only starts with it is not it', () => {
    expect(explainText('MY_AWS_SECRET_KEYRING is not set').provider).toBeNull();
  });
});
