// Cases of fixtures/errors-heldout95 that explain gets wrong, with the answer it gives
// (category/provider). Written by UPDATE_PINS=1 npx vitest run test/explain/corpus-heldout95.test.ts.
export const MISSES: Record<string, string> = {
  'aws/insufficient_permissions-multer-s3-public-read-acl': 'insufficient_permissions/null',
  'aws/insufficient_permissions-next-s3-upload-put-403': 'insufficient_permissions/null',
  'aws/malformed_key-django-storages-lambda-no-session-token': 'invalid_key/aws',
  'aws/malformed_key-django-storages-null-session-token': 'invalid_key/aws',
  'aws/malformed_key-esp8266-stale-keys-file': 'invalid_key/aws',
  'aws/malformed_key-fetch-upload-s3-config-file-ignored': 'malformed_key/null',
  'aws/malformed_key-image-upload-s3-credentials-not-applied': 'malformed_key/null',
  'discord/insufficient_permissions-passport-discord-identify-scope': 'invalid_key/null',
  'discord/malformed_key-discordia-token-without-bot-prefix': 'invalid_key/discord',
  'github/insufficient_permissions-octo-nvim-missing-read-project-scope': 'insufficient_permissions/null',
  'github/tenant_mismatch-lab-mac-cached-other-users-credential': 'insufficient_permissions/github',
  'gitlab/insufficient_permissions-backstage-read-api-scope': 'insufficient_permissions/null',
  'notion/malformed_key-powershell-pipe-appends-crlf': 'invalid_key/null',
  'slack/malformed_key-clj-slack-token-in-querystring': 'invalid_key/slack',
  'slack/malformed_key-passport-slack-oauth2-token-in-query': 'invalid_key/slack',
};
