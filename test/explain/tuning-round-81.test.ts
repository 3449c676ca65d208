// The eighty-first tuning round of issue 20 (2026-12-07): heldout98's decidable misses but one. The texts here were
// WRITTEN FOR THIS TEST.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from './reads.js';

describe('a certificate for another name, in wget\'s, curl\'s and Python\'s words', () => {
  readAs('tls_error', [
    ["The certificate's owner does not match hostname 'files.example.com'"],
    ['curl: (60) SSL: no alternative certificate subject name matches target host name \'api.example.com\''],
    ["ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: Hostname mismatch, certificate is not valid for 'api.example.com'"],
  ]);
  it('an S3 bucket whose name has a dot gets path-style addressing first', () => {
    const r = explainText("Connecting to data.example.org.s3.amazonaws.com|52.0.0.1|:443... connected.\nThe certificate's owner does not match hostname 'data.example.org.s3.amazonaws.com'");
    expect(r.fixes[0]).toMatch(/path-style/);
    expect(r.evidence.join(' ')).toMatch(/"data\.example\.org"/);
  });
  it('a bucket without a dot keeps the usual fix', () => {
    const r = explainText("The certificate's owner does not match hostname 'mybucket.s3.amazonaws.com'");
    expect(r.fixes.join(' ')).not.toMatch(/path-style/);
  });
});

describe('S3\'s temporary redirect: a bucket of another region through the global endpoint', () => {
  readAs('tenant_mismatch', [
    ['<Error><Code>TemporaryRedirect</Code><Message>Please re-send this request to the specified temporary endpoint.</Message></Error>', 'aws'],
  ]);
});

describe('the AWS SDK without the module an SSO profile needs: unknown on purpose', () => {
  readAs('unknown', [
    ["To use Sso related properties in the 'dev' profile, the 'sso' service module must be on the class path.", 'aws'],
  ]);
  it('names the modules to add', () => {
    expect(explainText("the 'sso' service module must be on the class path").fixes.join(' ')).toMatch(/ssooidc/);
  });
});

describe('a build asking for the user name and token it was not given', () => {
  readAs('malformed_key', [
    ['Please specify your GitHub user name (gpr.user) and token (gpr.key) in gradle.properties\nReceived status code 401 from server: Unauthorized'],
  ]);
});

describe('a release tool that may not push its tag', () => {
  readAs('insufficient_permissions', [
    ["SemanticReleaseError: Cannot push to the Git repository. code: 'EGITNOPERMISSION'"],
    ['**semantic-release** cannot push the version tag to the branch `main` on the remote Git repository'],
  ]);
});
