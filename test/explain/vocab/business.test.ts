// The business group's service wordings (src/explain/vocab/business.ts). Every text here was WRITTEN FOR THIS TEST
// from the vendor's documented wording (sources in the rules), with made-up names and ids; keys are fake.
import { describe, expect, it } from 'vitest';
import { explainText, readAs } from '../reads.js';

describe('business services: refusals of scope, role and approval', () => {
  readAs('insufficient_permissions', [
    ['HubSpot API 403: {"status":"error","message":"This app hasn\'t been granted all required scopes","category":"MISSING_SCOPES","correlationId":"FAKE-0001"}'],
    ['simple_salesforce.exceptions.SalesforceAuthenticationFailed: invalid_grant: user hasn\'t approved this consumer'],
    ['jsforce OAuth error: {"error":"invalid_grant","error_description":"IP restricted or invalid login hours"}'],
    ['Salesforce login failed: {"error":"invalid_app_access","error_description":"user is not admin approved to access this app"}'],
    ['{"code":"OAUTH_SCOPE_MISMATCH","details":{},"message":"invalid oauth scope to access this URL","status":"error"}'],
    ['Intercom::AuthenticationError {"type":"error.list","request_id":"req_FAKE","errors":[{"code":"token_unauthorized","message":"Access Token Invalid"}]}'],
    ['Pipedrive API error: {"success":false,"error":"Scope and URL mismatch","errorCode":403}'],
  ]);
});

describe('business services: accounts and apps that are gone, blocked or disabled', () => {
  readAs('invalid_user', [
    ['Zoho CRM API error 4101: Zoho CRM disabled'],
    ['Zoho CRM API error 4102: No CRM account'],
    ['QuickBooks AuthorizationFailure: --11014-You do not have access to use QuickBooks Online., statusCode: 401'],
    ['{"type":"error.list","request_id":"req_FAKE2","errors":[{"code":"token_blocked","message":"Token blocked"}]}'],
    ['Vonage SMS send failed: status 8 Partner Account Barred'],
    ['Pusher error 4003: Application disabled'],
  ]);
});

describe('business services: keys, tokens, clusters, plans and limits', () => {
  readAs('revoked_or_expired', [
    ['Zoho CRM API error 4501: API Key is inactive'],
    ['{"type":"error.list","errors":[{"code":"token_expired","message":"Token expired"}]} from api.intercom.io'],
    ['Pipedrive OAuth: 400 Invalid grant: authorization_code has expired'],
  ]);
  readAs('invalid_key', [
    ['Intercom: {"type":"error.list","errors":[{"code":"token_not_found","message":"Token not found"}]}'],
    ['Pipedrive OAuth: 400 Invalid grant: api_token is invalid'],
    ['Pusher WebSocket error 4001: Application does not exist'],
  ]);
  readAs('malformed_key', [
    ['Intercom API: {"type":"error.list","errors":[{"code":"missing_authorization","message":"No authorization"}]}'],
  ]);
  readAs('tenant_mismatch', [
    ['Pusher : Error : {"type":"WebSocketError","error":{"type":"PusherError","data":{"code":4001,"message":"App key FAKEkey0001 not in this cluster. Did you forget to specify the cluster?"}}}'],
  ]);
  readAs('billing_or_quota', [
    ['Zoho CRM API error 4502: This module is not supported in your edition'],
    ['{"type":"error.list","errors":[{"code":"api_plan_restricted","message":"Active subscription needed."}]}'],
    ['Pusher error 4004: Application is over connection quota'],
  ]);
  readAs('billing_or_quota', [
    ['Pipedrive API 403: {"success":false,"error":"Couldn\'t add the deal. Open deals limit reached.","code":"feature_capping_deals_limit"}'],
  ]);
});

describe('business services: the same words from another service are not read as theirs', () => {
  it.each([
    ['Error: application disabled by the administrator (acme-worker)', 'vocab.pusher.app_disabled'],
    ['{"code":"token_unauthorized","message":"Access Token Invalid"}', 'vocab.intercom.token_unauthorized'],
    ['feature_capping_deals_limit', 'vocab.pipedrive.feature_capping'],
    ['invalid_grant: user hasn\'t approved this consumer', 'vocab.salesforce.not_approved'],
    ['Partner account barred', 'vocab.vonage.account_barred'],
  ])('%s is not read by %s', (text, ruleId) => {
    expect(explainText(text).rule).not.toBe(ruleId);
  });
});

describe('business services, second round: tenants, IP lists, plans and team tokens', () => {
  readAs('tenant_mismatch', [
    ["Exception when calling AccountingApi->getInvoices: [403] Client error: 'GET https://api.xero.com/api.xro/2.0/Invoices' resulted in a '403 Forbidden' response: {\"Type\":null,\"Title\":\"Forbidden\",\"Status\":403,\"Detail\":\"AuthenticationUnsuccessful\",\"Instance\":\"FAKE-0000\"}"],
    ['{"Type":null,"Title":"Forbidden","Status":403,"Detail":"AuthenticationUnsuccessful","Instance":"00000000-FAKE","Extensions":{}}'],
    ['SparkPost API error: {"errors":[{"message":"Invalid customer id, unauthorized tenant.","code":"1303"}]}'],
    ['Error in call to API function "files/list_folder": This API function operates on a single Dropbox account, but the OAuth 2 access token you provided is for an entire Dropbox Business team.'],
  ]);
  readAs('insufficient_permissions', [
    ['sib_api_v3_sdk.rest.ApiException: (401) Reason: Unauthorized HTTP response body: {"message":"We have detected you are using an unrecognised IP address 198.51.100.7. If you performed this action make sure to add the new IP address in this link: https://app.brevo.com/security/authorised_ips","code":"unauthorized"}'],
    ['403 (Forbidden) {"status":403,"service":"Access Manager","error":true,"message":"Forbidden","payload":{"channels":["room-FAKE"]}}'],
    ['BoxAPIException: {"error":"unauthorized_client","error_description":"This app is not authorized by the enterprise admin"}'],
    ['dropbox.exceptions.ApiError: {"error_summary":"path/no_write_permission/..","error":{".tag":"path"}}'],
  ]);
  readAs('invalid_user', [
    ['docusign_esign.client.api_exception.ApiException: {"errorCode":"USER_NOT_ACTIVATED","message":"The user is not activated."}'],
    ['SparkPost API error: {"errors":[{"message":"Invalid User ID, unauthorized user.","code":"1304"}]}'],
  ]);
  readAs('rate_limited', [
    ['DocuSign.eSign.Client.ApiException: {"errorCode":"HOURLY_APIINVOCATION_LIMIT_EXCEEDED","message":"The maximum number of hourly API invocations has been exceeded."}'],
    ['{"errorCode":"BURST_APIINVOCATION_LIMIT_EXCEEDED","message":"The maximum number of burst API invocations has been exceeded."}'],
    ['Nexmo SMS failed: status 10 Too Many Existing Binds'],
  ]);
  readAs('billing_or_quota', [
    ['Docusign API: {"errorCode":"TRIAL_ACCOUNT_EXPIRED","message":"The trial has expired."}'],
    ['Vonage SMS failed: status 9 Partner Quota Violation'],
    ['{"error_summary":"path/insufficient_space/..","error":{".tag":"path","reason":{".tag":"insufficient_space"}}}'],
  ]);
});

describe('business services, second round: near misses', () => {
  it.each([
    ['{"title":"Forbidden","status":403,"detail":"AuthenticationUnsuccessful"}', 'vocab.xero.tenant_not_authorised_body'],
    ['xero: {"title":"Unauthorized","status":401,"detail":"AuthenticationUnsuccessful"}', 'vocab.xero.tenant_not_authorised'],
    ['We have detected you are using an unrecognised IP address 198.51.100.7', 'vocab.brevo.ip_not_authorised'],
    ['disk error: insufficient_space on /var/lib/acme', 'vocab.dropbox.insufficient_space'],
    ['This app is not authorized by the enterprise admin', 'vocab.box.app_not_authorised'],
  ])('%s is not read by %s', (text, ruleId) => {
    expect(explainText(text).rule).not.toBe(ruleId);
  });
});

describe('business services, third round: work-management and content services', () => {
  readAs('insufficient_permissions', [
    ['monday.com API: {"error_code":"UserUnauthorizedException","status_code":403,"error_message":"User unauthorized to perform action","error_data":{}}'],
  ]);
  readAs('rate_limited', [
    ['api.monday.com answered: {"error_code":"ComplexityException","error_message":"Complexity budget exhausted, query cost 30001 budget remaining 1000 out of 1000000 reset in 40 seconds"}'],
  ]);
  readAs('tenant_mismatch', [
    ['ClickUp API error: {"err":"Team not authorized","ECODE":"OAUTH_027"}'],
    ['{\n  "sys": {\n    "type": "Error",\n    "id": "NotFound"\n  },\n  "message": "The resource could not be found.",\n  "details": {\n    "type": "Environment",\n    "id": "master",\n    "space": "fakespace01"\n  }\n}'],
  ]);
  readAs('revoked_or_expired', [
    ['ClickUp API error: {"err":"Oauth token not found","ECODE":"OAUTH_019"}'],
  ]);
});

describe('business services, third round: near misses', () => {
  it.each([
    ['{"sys":{"type":"Error","id":"NotFound"},"message":"The resource could not be found.","details":{"type":"Entry","id":"abc"}}', 'vocab.contentful.environment_not_found'],
    ['Team not authorized to view this dashboard', 'vocab.clickup.team_not_authorized'],
    ['ComplexityException: cyclomatic complexity too high in module acme', 'vocab.monday.complexity_budget'],
  ])('%s is not read by %s', (text, ruleId) => {
    expect(explainText(text).rule).not.toBe(ruleId);
  });
});

describe('business services, fourth round: logins and retired keys', () => {
  readAs('malformed_key', [
    ['simple_salesforce.exceptions.SalesforceAuthenticationFailed: LOGIN_MUST_USE_SECURITY_TOKEN: Invalid username, password, security token; or user locked out. Are you at a new location?'],
  ]);
  readAs('region_blocked', [
    ['Salesforce login history: status LOGIN_ERROR_EXPORT_RESTRICTED for user integration@acme.test'],
  ]);
  readAs('revoked_or_expired', [
    ['plugin.ERROR: HubspotApi: The API key provided is invalid. View or manage your API key here: https://app.hubspot.com/l/api-key/'],
  ]);
  readAs('invalid_key', [
    ['HubSpot.NET: This hapikey doesn\'t exist.","correlationId":"00000000-FAKE"'],
  ]);
});
