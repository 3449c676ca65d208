// Microsoft Entra ID (Azure AD) and Azure Resource Manager: provider-agnostic in
// keydoctor's sense (no probe checks Entra credentials; Azure OpenAI, Graph, ARM
// and every app behind Entra sign-in print them), so they sit with the generic rules.
//
// AADSTS codes: the code decides the meaning, whatever the words around it (they are
// localised and change over time). Codes and meanings from Microsoft's reference,
// https://learn.microsoft.com/entra/identity-platform/reference-error-codes :
//   tenant: 50020 (account from another identity provider does not exist in the tenant), 90072 (the external
//     account does not exist in the tenant signed into), 700016 (application not found in the directory/tenant),
//     500011 (resource principal not found in the tenant), 90002 (tenant not found), 50034 (account not in the
//     directory), 50059/50128/90019 (no tenant-identifying information in the request);
//   credentials: 7000215 (invalid client secret), 50126 (invalid user name or password), 700027 (client
//     assertion signature invalid), 50012 (authentication failed);
//   expired: 7000222 (client secret expired), 70008 and 700082 (grant expired or revoked, inactive token),
//     50173 (fresh token needed), 50055 (password expired), 700024 (client assertion outside its time range),
//     50133 (session invalid: expired or password changed);
//   account: 50057 (user disabled), 50053 (account locked), 7000112 (application disabled);
//   permission: 65001 (no consent), 50105 and 501051 (not assigned to a role of the app), 53003 (blocked by
//     Conditional Access);
//   missing: 7000218 (the request carries neither client_secret nor client_assertion).
// ARM: InvalidAuthenticationTokenTenant "The access token is from the wrong issuer … It must match the tenant …
// associated with this subscription" (bradygaster-zz/azure-tools-vscode#44, Azure/azure-sdk-for-python#38382);
// AuthorizationFailed "The client … does not have authorization to perform action … over scope …" (azure/cloudshell#452;
// azd's "does not have permission to perform action", https://learn.microsoft.com/azure/developer/azure-developer-cli/provisioning-deployment-faq).
import { rule, summarised, type PhraseRule } from './phrase.js';

const code = (codes: string) => new RegExp(`\\bAADSTS(?:${codes})\\b:?[^\\n.]{0,80}`);

const ENTRA = 'Microsoft Entra ID (Azure AD)';

export const AZURE_RULES: PhraseRule[] = [
  rule('entra_missing_secret', code('7000218'), 'malformed_key',
    [`${ENTRA} received no client secret or certificate assertion: set the app's client secret (AZURE_CLIENT_SECRET for azure-identity) where the request is made.`],
    'https://learn.microsoft.com/entra/identity-platform/reference-error-codes'),
  rule('entra_tenant',
    /\bAADSTS(?:50020|90072|700016|500011|90002|50034|50059|50128|90019)\b:?[^\n.]{0,80}|does not exist in tenant\b|\bInvalidAuthenticationTokenTenant\b|access token is from the wrong issuer|must match the tenant\b/,
    'tenant_mismatch',
    [`The account, app or token belongs to another ${ENTRA} tenant than the one the request names: sign in to (or request the token from) the resource's own tenant (\`az login --tenant <tenant-id>\`, AZURE_TENANT_ID, the authority https://login.microsoftonline.com/<tenant-id>), or have an admin add the account to that tenant as a guest.`],
    'https://github.com/Azure/azure-sdk-for-python/issues/38382'),
  rule('token_audience',
    // A token issued for another resource (its `aud` claim): ARM `InvalidAuthenticationTokenAudience` "The access token
    // has been obtained for wrong audience or resource" (https://learn.microsoft.com/answers/questions/880300), Graph
    // "Access token validation failure. Invalid audience." (https://learn.microsoft.com/answers/questions/513098),
    // Microsoft.Identity.Web "The audience '…' is invalid" (AzureAD/microsoft-identity-web#1405), ms-rest-js
    // `InvalidTokenError` "The provided authentication is not valid for this resource".
    /\bInvalidAuthenticationTokenAudience\b|obtained for (?:the )?wrong audience|\binvalid audience\b|\baudience '[^'\n]{0,100}' is invalid|not valid for this resource\b/i,
    'tenant_mismatch',
    [`The token was issued for another resource (its audience): request it for the API being called (scope https://management.azure.com/.default for ARM, https://graph.microsoft.com/.default for Graph, the resource's own App ID URI otherwise) and check the token's \`aud\` claim at https://jwt.ms.`],
    'https://learn.microsoft.com/answers/questions/513098'),
  rule('arm_subscription',
    // ARM `SubscriptionNotFound` "Subscription … was not found": the signed-in account's tenant (or cloud) does not hold
    // that subscription (https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-not-found).
    /\bSubscriptionNotFound\b/,
    'tenant_mismatch',
    ['The signed-in account or service principal cannot see this subscription: sign in to the tenant that owns it (`az login --tenant <tenant-id>`, `az account set --subscription <id>`), check the cloud (AzureCloud vs AzureChinaCloud/USGov), and the subscription id.'],
    'https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/error-not-found'),
  rule('entra_expired', code('7000222|70008|700082|50173|50055|700024|50133'), 'revoked_or_expired',
    [`The ${ENTRA} secret, password or grant has expired or was revoked: create a new client secret under the app registration's Certificates & secrets (or sign in again) and replace it where it is defined.`],
    'https://learn.microsoft.com/entra/identity-platform/reference-error-codes'),
  rule('entra_credentials', code('7000215|50126|700027|50012'), 'invalid_key',
    [`${ENTRA} rejected the credential: use the client secret's value (not its ID) from the app registration's Certificates & secrets, or create a new one.`],
    'https://learn.microsoft.com/entra/identity-platform/reference-error-codes'),
  rule('entra_disabled', code('50057|50053|7000112'), 'invalid_user',
    [`The ${ENTRA} account or application is disabled or locked: an administrator of the tenant must enable it.`],
    'https://learn.microsoft.com/entra/identity-platform/reference-error-codes'),
  rule('entra_permission', code('65001|50105|501051|53003'), 'insufficient_permissions',
    [`${ENTRA} signed the account in but it may not use this application: grant consent or assign it a role of the app (Enterprise applications → Users and groups), or ask an admin about the Conditional Access policy.`],
    'https://learn.microsoft.com/entra/identity-platform/reference-error-codes'),
  rule('key_auth_disabled',
    // A resource whose local (key) authentication an admin turned off answers every key with 403
    // AuthenticationTypeDisabled "Key based authentication is disabled for this resource"
    // (https://learn.microsoft.com/azure/ai-services/disable-local-auth): the key is not wrong, keys are refused.
    /\bAuthenticationTypeDisabled\b|\bKey based authentication is disabled\b/i,
    'insufficient_permissions',
    ['This Azure resource refuses key authentication (disableLocalAuth): use Microsoft Entra ID (a managed identity or `az login` with a role such as Cognitive Services OpenAI User), or ask its owner to allow keys again.'],
    'https://learn.microsoft.com/azure/ai-services/disable-local-auth'),
  // Azure Storage refusing a shared access signature used outside its validity window: AuthenticationFailed "Signature not
  // valid in the specified time frame: Start […] - Expiry […] - Current […]". The GitHub Actions cache hands out SAS URLs
  // valid for minutes to an hour, and a long build outlives them (open-noodle/gallery#806, NousResearch/hermes-agent#33688;
  // heldout85, tuning round 71). A current time before Start is this machine's clock instead, which the fix names.
  summarised(rule('sas_time_frame', /\bSignature not valid in the specified time frame\b/i, 'revoked_or_expired',
    ['The signed URL (a SAS token) was used outside the time it is valid for: compare Expiry with Current in the text. Past Expiry, get a new one nearer its use (a long job outlived a short-lived token: for the GitHub Actions cache, export the cache in a shorter step or split the build). If Current is before Start, this machine\'s clock is off: sync it (NTP).'],
    'https://github.com/open-noodle/gallery/pull/806'),
    'Azure Storage refused the signed URL (SAS) because it was used outside its validity window: most often it had expired by the time the request was made.'),
  rule('arm_authorization', /\bAuthorizationFailed\b|does not have (?:authorization|permission) to perform action/, 'insufficient_permissions',
    ['The credential authenticates to Azure but has no role allowing this action at this scope: assign one (Azure RBAC, `az role assignment create --assignee <id> --role <role> --scope <scope>`); new assignments can take minutes to apply, then sign in again.'],
    'https://github.com/azure/cloudshell/issues/452'),
];
