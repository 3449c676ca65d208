// The screens a reviewer reads: one scenario per major category, the
// shadowing cases, a monorepo root, offline, the trust refusal, the other
// commands. Each one's full output is committed in test/screens/<name>.txt and
// compared on every `npm test`; the README's examples are copied from those
// files (test/screens/screens.test.ts keeps both in step: UPDATE_SCREENS=1
// rewrites them after a deliberate change).
import { FAKE } from '../helpers/keys.js';

export interface Answer {
  probe: string;
  answer: string;
  /** Answer `otherwise` instead when the request does not carry this key. */
  forKey?: string;
  otherwise?: string;
}

export interface Screen {
  name: string;
  /** What the screen shows, in a few words. */
  about: string;
  args: string[];
  /** The command line as shown after `$ `, when argv is not the whole story (a pipe, a cd). */
  shown?: string;
  /** Files of the project (~/acme); `{fake0}` is the first stand-in's URL. */
  files?: Record<string, string>;
  /** Files of the home folder (~). */
  home?: Record<string, string>;
  /** The process environment, beside PATH, HOME and SHELL. */
  env?: Record<string, string>;
  /** Stand-ins started in order ({fake0}, {fake1}, …); `closed` is a port nobody listens on. */
  answers?: (Answer | 'closed')[];
  stdin?: string;
  /** Commits made in the project before `files` are written: each writes (or, with null, deletes) files. */
  commits?: Record<string, string | null>[];
  /** Where it runs: the project (default), a folder in it, or the home folder. */
  cwd?: string | 'home';
  exit: number;
}

const NEXT = '{ "name": "acme-web", "dependencies": { "next": "15.0.0", "openai": "4.0.0" } }\n';
const NODE = '{ "name": "acme-api", "dependencies": { "openai": "4.0.0", "stripe": "17.0.0" } }\n';
const OLD_OPENAI = `sk-proj-${'OLD0'.repeat(10)}T3BlbkFJ${'EXAMPLE0'.repeat(5)}`;
const openai = (answer: string) => ({ probe: 'openai', answer });
const stripe = (answer: string) => ({ probe: 'stripe', answer });
/** `check` on a project whose .env holds an OpenAI key, the stand-in answering `answer`. */
const openaiInDotenv = (name: string, about: string, answer: Answer | 'closed', exit: number): Screen => ({
  name, about, args: ['check'], exit,
  files: { 'package.json': NODE, '.env': `OPENAI_API_KEY=${FAKE.openaiProject}\n` },
  env: { KEYDOCTOR_OPENAI_BASE_URL: '{fake0}' },
  answers: [answer],
});

/** requests behind a TLS-inspecting proxy (the shape of requests' SSLError; written for this screen). */
const PY_TLS = [
  'Traceback (most recent call last):',
  '  File "app.py", line 3, in <module>',
  '    r = requests.get("https://api.openai.com/v1/models", headers=headers)',
  "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.openai.com', port=443): Max retries exceeded with url: /v1/models (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))",
].join('\n');

export const SCREENS: Screen[] = [
  {
    name: 'invalid-user',
    about: 'the classic: the account behind the key is deactivated',
    args: ['check'],
    files: { 'package.json': NEXT, '.env.local': `OPENAI_API_KEY=${FAKE.openaiProject}\n` },
    env: { KEYDOCTOR_OPENAI_BASE_URL: '{fake0}' },
    answers: [openai('401-account-deactivated')],
    exit: 1,
  },
  openaiInDotenv('invalid-key', 'the provider does not know the key', openai('401-invalid-api-key'), 1),
  {
    name: 'revoked',
    about: 'an expired Stripe key from the process environment',
    args: ['check'],
    files: { 'package.json': NODE },
    env: { STRIPE_SECRET_KEY: FAKE.stripeLive, KEYDOCTOR_STRIPE_BASE_URL: '{fake0}' },
    answers: [stripe('401-api-key-expired')],
    exit: 1,
  },
  {
    name: 'ok',
    about: 'a working key and what it reveals',
    args: ['check'],
    files: { 'package.json': NODE, '.env': `STRIPE_SECRET_KEY=${FAKE.stripeTest}\n` },
    env: { KEYDOCTOR_STRIPE_BASE_URL: '{fake0}' },
    answers: [stripe('200-account')],
    exit: 0,
  },
  openaiInDotenv('insufficient-permissions', 'a restricted key without the scope the probe\'s own read call needs: it authenticates, so exit 0 with a warning', openai('401-missing-scopes'), 0),
  {
    name: 'tenant-mismatch',
    about: 'an organisation header the key does not belong to',
    args: ['check'],
    files: { 'package.json': NODE, '.env': `OPENAI_API_KEY=${FAKE.openaiProject}\nOPENAI_ORG_ID=org-EXAMPLEOTHER\n` },
    env: { KEYDOCTOR_OPENAI_BASE_URL: '{fake0}' },
    answers: [openai('401-mismatched-organization')],
    exit: 1,
  },
  openaiInDotenv('region-blocked', 'the provider refuses the caller\'s country', openai('403-unsupported-country'), 1),
  openaiInDotenv('quota', 'no credits left', openai('429-insufficient-quota'), 1),
  openaiInDotenv('rate-limited', 'too many requests: not the key\'s fault, exit 3', openai('429-rate-limit'), 3),
  openaiInDotenv('outage', 'the provider\'s own 500', openai('500-server-error'), 3),
  openaiInDotenv('network-error', 'nothing listens where the call goes', 'closed', 3),
  {
    name: 'whitespace',
    about: 'a working key with a space after it: malformed, and the live call says the trimmed key works',
    args: ['check'],
    files: { 'package.json': NODE, '.env': `STRIPE_SECRET_KEY="${FAKE.stripeTest} "\n` },
    env: { KEYDOCTOR_STRIPE_BASE_URL: '{fake0}' },
    answers: [stripe('200-account')],
    exit: 1,
  },
  {
    name: 'placeholder',
    about: 'a placeholder never leaves the machine',
    args: ['check'],
    files: { 'package.json': NODE, '.env': 'ANTHROPIC_API_KEY=your-api-key-here\n' },
    exit: 1,
  },
  {
    name: 'wrong-provider',
    about: 'an Anthropic key in OPENAI_API_KEY',
    args: ['check'],
    files: { 'package.json': NODE, '.env': `OPENAI_API_KEY=${FAKE.anthropic}\n` },
    exit: 1,
  },
  {
    name: 'wrong-environment',
    about: 'a test-mode key where production is expected',
    args: ['check', '--offline', '--expect-env', 'production'],
    files: { 'package.json': NODE, '.env': `STRIPE_SECRET_KEY=${FAKE.stripeTest}\n` },
    exit: 1,
  },
  {
    name: 'stale-export',
    about: 'an old export in ~/.zshrc shadows .env.local: the fix names the line and the unset',
    args: ['check'],
    files: { 'package.json': NEXT, '.env.local': `OPENAI_API_KEY=${FAKE.openaiProject}\n` },
    home: { '.zshrc': `export PATH="$HOME/bin:$PATH"\nexport OPENAI_API_KEY=${OLD_OPENAI}\n` },
    env: { OPENAI_API_KEY: OLD_OPENAI, KEYDOCTOR_OPENAI_BASE_URL: '{fake0}' },
    answers: [openai('401-invalid-api-key')],
    exit: 1,
  },
  {
    name: 'stale-export-trace',
    about: 'the same, as trace shows it',
    args: ['trace', 'OPENAI_API_KEY'],
    files: { 'package.json': NEXT, '.env.local': `OPENAI_API_KEY=${FAKE.openaiProject}\n` },
    home: { '.zshrc': `export PATH="$HOME/bin:$PATH"\nexport OPENAI_API_KEY=${OLD_OPENAI}\n` },
    env: { OPENAI_API_KEY: OLD_OPENAI },
    exit: 0,
  },
  {
    name: 'workspaces',
    about: 'a monorepo root: each workspace package with its own loader and .env files',
    args: ['check', '--offline'],
    files: {
      'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*"] }\n',
      'apps/web/package.json': NEXT,
      'apps/web/.env.local': `OPENAI_API_KEY=${FAKE.openaiProject}\n`,
      'apps/api/package.json': NODE,
      'apps/api/.env': `STRIPE_SECRET_KEY=${FAKE.stripeTest}\nOPENAI_API_KEY=sk-proj-...\n`,
    },
    exit: 1,
  },
  {
    name: 'offline-verbose',
    about: '-v: every definition and every finding, no network',
    args: ['check', '--offline', '-v'],
    files: {
      'package.json': NEXT,
      '.env': `OPENAI_API_KEY=${OLD_OPENAI}\n`,
      '.env.local': `OPENAI_API_KEY=${FAKE.openaiProject}\n`,
    },
    exit: 0,
  },
  {
    name: 'trust-refusal',
    about: 'a base URL from a project file may not receive a key from the shell',
    args: ['check'],
    shown: 'OPENAI_API_KEY=… keydoctor check',
    files: { 'package.json': NODE, '.env': 'OPENAI_BASE_URL=https://llm-proxy.example.com/v1\n' },
    env: { OPENAI_API_KEY: FAKE.openaiProject },
    exit: 3,
  },
  {
    name: 'github-annotations',
    about: '--format github: one annotation per problem, on the line to change',
    args: ['check', '--offline', '--format', 'github'],
    files: { 'package.json': NODE, '.env': `SENDGRID_API_KEY=\nSTRIPE_SECRET_KEY=${FAKE.stripeTest}\n` },
    exit: 1,
  },
  {
    name: 'config-error',
    about: 'a broken .keydoctor.yml is one line naming file and line, exit 2',
    args: ['check'],
    files: { 'package.json': NODE, '.keydoctor.yml': 'keys:\n  - env: OPENAI_API_KEY\ntimout: 5000\n' },
    exit: 2,
  },
  {
    name: 'nothing-found',
    about: 'a project with no key: what was looked at',
    args: ['check'],
    files: { 'package.json': NODE },
    exit: 0,
  },
  {
    name: 'home-folder',
    about: 'run in a home folder: no walk of the whole disk',
    args: ['check', '--offline'],
    shown: 'cd ~ && keydoctor check --offline',
    cwd: 'home',
    home: { '.zshrc': `export OPENAI_API_KEY=${FAKE.openaiProject}\n` },
    env: { OPENAI_API_KEY: FAKE.openaiProject },
    exit: 0,
  },
  {
    name: 'prevent',
    about: 'what makes a working key fail tomorrow: a live key, shared by development and production, once committed',
    args: ['check', '--offline', '--fail-on', 'warning'],
    shown: 'keydoctor check --offline --fail-on warning      # NODE_ENV=production, a repository whose first commit had .env',
    commits: [
      { 'package.json': NEXT, '.env': `STRIPE_SECRET_KEY=${FAKE.stripeLive}\n` },
      { '.env': null, '.gitignore': '.env*\n' },
    ],
    files: { '.env.production': `STRIPE_SECRET_KEY=${FAKE.stripeLive}\n`, '.env.development': `STRIPE_SECRET_KEY=${FAKE.stripeLive}\n` },
    env: { NODE_ENV: 'production' },
    exit: 1,
  },
  {
    name: 'trace-sources',
    about: 'trace across .env files, a workspace, compose, Kubernetes, a workflow, a script and ~/.zshrc',
    args: ['trace'],
    files: {
      'package.json': '{ "name": "acme", "private": true, "workspaces": ["apps/*"], "dependencies": { "openai": "4.0.0" } }\n',
      '.env': `OPENAI_API_KEY=${FAKE.openaiProject}\n`,
      'apps/web/package.json': NEXT,
      'apps/web/.env.local': `OPENAI_API_KEY=${OLD_OPENAI}\n`,
      'docker-compose.yml': 'services:\n  web:\n    image: acme/web\n    environment:\n      OPENAI_API_KEY: ${OPENAI_API_KEY}\n',
      'k8s/web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: acme/web\n          env:\n            - name: OPENAI_API_KEY\n              valueFrom:\n                secretKeyRef: { name: openai, key: api-key }\n',
      '.github/workflows/deploy.yml': 'on: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    env:\n      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n    steps:\n      - run: npm run deploy\n',
      'scripts/seed.ts': `// seeds the demo data\nconst client = new OpenAI({ apiKey: "${FAKE.openaiProject.replace('FAKE', 'SEED')}" });\n`,
    },
    home: { '.zshrc': `export OPENAI_API_KEY=${FAKE.openaiProject}\n` },
    exit: 0,
  },
  {
    name: 'report',
    about: 'the support bundle: two files, redacted, never over an existing one',
    args: ['report', '--out', 'ticket'],
    files: { 'package.json': NEXT, '.env.local': `OPENAI_API_KEY=${FAKE.openaiProject}\n` },
    env: { KEYDOCTOR_OPENAI_BASE_URL: '{fake0}' },
    answers: [openai('401-account-deactivated')],
    exit: 1,
  },
  {
    name: 'explain-sdk',
    about: 'explain an SDK\'s exception text',
    args: ['explain', "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****FAKE', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}"],
    shown: `keydoctor explain "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****FAKE', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}"`,
    exit: 0,
  },
  {
    name: 'explain-project',
    about: 'explain an error beside the project that raised it: the key echoed is a .env line with a trailing space',
    args: ['explain', '--cwd', '.', "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****PLE0', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}"],
    shown: `keydoctor explain --cwd . "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: sk-proj-****PLE0', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}"`,
    files: { 'package.json': NODE, '.env': `OPENAI_API_KEY="${FAKE.openaiProject} "\n` },
    exit: 0,
  },
  {
    name: 'explain-invalid-user',
    about: 'explain the sentence from the issue title',
    args: ['explain', 'Invalid user associated with this key'],
    shown: 'keydoctor explain "Invalid user associated with this key"',
    exit: 0,
  },
  {
    name: 'explain-guess',
    about: 'a wording no rule knows: a guess from the words, marked as one',
    args: ['explain', 'Your Apple ID has been locked for security reasons'],
    shown: 'keydoctor explain "Your Apple ID has been locked for security reasons"',
    exit: 0,
  },
  {
    name: 'explain-python-tls',
    about: 'a Python traceback: the fix is for Python, not Node',
    args: ['explain', PY_TLS],
    shown: 'keydoctor explain "$(cat traceback.txt)"',
    exit: 0,
  },
  {
    name: 'compare',
    about: 'the configured key against a fresh one',
    args: ['compare', 'OPENAI_API_KEY', '--fresh-stdin', '--base-url', '{fake0}'],
    shown: 'printf %s "$NEW_KEY" | keydoctor compare OPENAI_API_KEY --fresh-stdin --base-url {fake0}',
    files: { 'package.json': NODE },
    env: { OPENAI_API_KEY: OLD_OPENAI, KEYDOCTOR_OPENAI_BASE_URL: '{fake0}' },
    answers: [{ probe: 'openai', answer: '200-models-list', forKey: FAKE.openaiProject, otherwise: '401-account-deactivated' }],
    stdin: FAKE.openaiProject,
    exit: 1,
  },
  {
    name: 'demo',
    about: 'the demo\'s default scenario',
    args: ['demo'],
    shown: 'npx keydoctor demo',
    exit: 0,
  },
];
