// `keydoctor demo`: small sample projects, each with the answer OpenAI gave
// in a real report of the problem (the address is beside each answer), so a
// fresh machine with no key and no network shows what `check` does. The keys
// are visibly fake; the answers are replayed by a server on 127.0.0.1.
import type { RecordedAnswer } from './server.js';

export interface DemoScenario {
  id: string;
  /** One line for `demo --list`. */
  title: string;
  /** What the developer saw, before keydoctor: the story the screen answers. */
  story: string;
  /** The sample project's files. */
  files: Record<string, string>;
  /** This shell's environment for the run (nothing of the user's own). */
  env: Record<string, string>;
  /** Shell start-up files in the demo's own home folder. */
  home?: Record<string, string>;
  /** OpenAI's answer to the probe's call, or `unreachable`: nothing listens. */
  answer: RecordedAnswer | 'unreachable';
}

// Fake keys in OpenAI's project-key shape, no two sharing 8 characters with
// each other or with the answers (the redactor masks any 8-character run of a key).
const KEY_A = 'sk-proj-FAKEq7Rm2Xw9Lp4Tv8Nz1Ks6Yh3Jd5Cb0Ae9Gu2Io7NrT3BlbkFJFAKEt6Wm1Qs3Xv8Fz5Hk2Lp9Dr4Gb7Nc0JyQa1';
const KEY_B = 'sk-proj-FAKEz3Kd8Pq1Wn6Rt4Ym9Bv2Xc7Lh5Gs0Fj3Ue8Ia2OwT3BlbkFJFAKEm4Nq7Rz2Vk9Ct5Hx1Ld8Pb3Js6Fw0GyBe2';

const NEXT_APP = '{ "name": "acme-chat", "private": true, "dependencies": { "next": "15.0.0", "openai": "4.77.0" } }\n';

const OPENAI_ERROR = (status: number, message: string, type: string, code: string | null, requestId: string): RecordedAnswer => ({
  status,
  headers: { 'x-request-id': requestId },
  body: { error: { message, type, param: null, code } },
});

export const SCENARIOS: readonly DemoScenario[] = [
  {
    id: 'invalid-user',
    title: 'OpenAI says the account behind the key is deactivated',
    story: 'The app logs 401 "This key is associated with a deactivated account." The key was copied correctly; its owner left the company.',
    files: { 'package.json': NEXT_APP, '.env.local': `OPENAI_API_KEY=${KEY_A}\n` },
    env: {},
    // https://github.com/nat/openplayground/issues/143
    answer: OPENAI_ERROR(401, 'This key is associated with a deactivated account. If you feel this is an error, contact us through our help center at help.openai.com.', 'invalid_request_error', 'account_deactivated', 'req_7f3a9c0d1e2b'),
  },
  {
    id: 'stale-export',
    title: 'A stale key exported in ~/.zshrc shadows the new one in .env.local',
    story: 'A new key is in .env.local, yet the app still says "Incorrect API key provided": this shell exports the old key, and dotenv never overrides a variable that is set.',
    files: { 'package.json': NEXT_APP, '.env.local': `OPENAI_API_KEY=${KEY_B}\n` },
    env: { OPENAI_API_KEY: KEY_A },
    home: { '.zshrc': `export PATH="$HOME/bin:$PATH"\nexport OPENAI_API_KEY=${KEY_A}\n` },
    // https://github.com/continuedev/continue/issues/10276
    answer: OPENAI_ERROR(401, 'Incorrect API key provided: sk-proj-********************yQa1. You can find your API key at https://platform.openai.com/account/api-keys.', 'invalid_request_error', 'invalid_api_key', 'req_2b8e41f6a9c3'),
  },
  {
    id: 'whitespace',
    title: 'The key in .env carries a trailing space inside its quotes',
    story: 'The key works in curl but not in the app: the value in .env ends in a space, kept by the quotes.',
    files: { 'package.json': NEXT_APP, '.env': `OPENAI_API_KEY="${KEY_B} "\n` },
    env: {},
    // https://platform.openai.com/docs/api-reference/models/list
    answer: { status: 200, headers: { 'x-request-id': 'req_5d0c7a2e8f14', 'openai-organization': 'org-acme', 'openai-project': 'proj_acmechat' }, body: { object: 'list', data: [{ id: 'gpt-4o-mini', object: 'model', created: 1721172741, owned_by: 'system' }] } },
  },
  {
    id: 'quota',
    title: 'The key works, but the account has no credits left',
    story: 'The app gets 429 and retries forever: it is not a rate limit, the plan has run out of quota.',
    files: { 'package.json': NEXT_APP, '.env.local': `OPENAI_API_KEY=${KEY_A}\n` },
    env: {},
    // https://github.com/openai/openai-cookbook/issues/844
    answer: OPENAI_ERROR(429, 'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.', 'insufficient_quota', 'insufficient_quota', 'req_9a1f3c6b2d70'),
  },
  {
    id: 'wrong-org',
    title: 'OPENAI_ORG_ID names another organisation than the key\'s',
    story: 'A second project reuses the .env of the first: its OPENAI_ORG_ID belongs to the other team.',
    files: { 'package.json': NEXT_APP, '.env.local': `OPENAI_API_KEY=${KEY_A}\nOPENAI_ORG_ID=org-othercompany\n` },
    env: {},
    // https://github.com/microsoft/foundry-dev-tools/issues/262
    answer: OPENAI_ERROR(401, 'OpenAI-Organization header should match organization for API key', 'invalid_request_error', 'mismatched_organization', 'req_c4e2b7d19a05'),
  },
  {
    id: 'network',
    title: 'Nothing answers: a network failure is not a key problem',
    story: 'The app times out behind a VPN; keydoctor says the key was not judged, and why.',
    files: { 'package.json': NEXT_APP, '.env.local': `OPENAI_API_KEY=${KEY_A}\n` },
    env: {},
    answer: 'unreachable',
  },
];

export const DEFAULT_SCENARIO = 'invalid-user';
