// Fix = cause × source: for every category with a key problem and every kind
// of place a value comes from, the advice names the place to change: first
// when the value is wrong, after the provider's console when the account is.
import { describe, expect, it } from 'vitest';
import { placeFixes } from '../../src/check/fix-place.js';
import type { KeyResult } from '../../src/core/result.js';
import type { Category, Definition } from '../../src/core/types.js';

const FP = 'sha256:aaaaaaaa';
const OTHER = 'sha256:bbbbbbbb';
const def = (kind: string, file: string, line: number | undefined, fingerprint: string, wins = false, note?: string): Definition =>
  ({ kind, location: { file, ...(line ? { line } : {}) }, fingerprint, redacted: 'sk-…', wins, ...(note ? { note } : {}) });

type Case = { source: KeyResult['source']; definitions: Definition[]; env?: Record<string, string>; place: RegExp };
const SOURCES: Record<string, Case> = {
  'a .env file': { source: { kind: 'dotenv', file: '.env.local', line: 3 }, definitions: [def('dotenv', '.env.local', 3, FP, true)], place: /^Edit OPENAI_API_KEY at \.env\.local:3, the definition this run loads\.$/ },
  'the process, exported by ~/.zshrc': {
    source: { kind: 'process', file: 'process environment' },
    definitions: [def('process', 'process environment', undefined, FP, true), def('shell', 'shell: ~/.zshrc', 2, FP, false, 'likely origin of the process value (same fingerprint)')],
    place: /^This shell exports OPENAI_API_KEY from ~\/\.zshrc:2: fix or delete that line, and run `unset OPENAI_API_KEY`/,
  },
  'the process, from nowhere keydoctor sees': { source: { kind: 'process', file: 'process environment' }, definitions: [def('process', 'process environment', undefined, FP, true)], place: /^OPENAI_API_KEY comes from this shell's environment, not from a file keydoctor can see .*`unset OPENAI_API_KEY`/ },
  'a GitHub Actions secret': { source: { kind: 'process', file: 'process environment' }, definitions: [def('process', 'process environment', undefined, FP, true)], env: { GITHUB_ACTIONS: 'true', GITHUB_REPOSITORY: 'acme/chat' }, place: /^Update the OPENAI_API_KEY secret at https:\/\/github\.com\/acme\/chat\/settings\/secrets\/actions/ },
  'a GitLab CI variable': { source: { kind: 'process', file: 'process environment' }, definitions: [def('process', 'process environment', undefined, FP, true)], env: { GITLAB_CI: 'true', CI_PROJECT_URL: 'https://gitlab.com/acme/chat' }, place: /^Update the OPENAI_API_KEY variable at https:\/\/gitlab\.com\/acme\/chat\/-\/settings\/ci_cd/ },
  'a CircleCI variable': { source: { kind: 'process', file: 'process environment' }, definitions: [def('process', 'process environment', undefined, FP, true)], env: { CIRCLECI: 'true', CIRCLE_PROJECT_USERNAME: 'acme', CIRCLE_PROJECT_REPONAME: 'chat' }, place: /^Update the OPENAI_API_KEY environment variable at https:\/\/app\.circleci\.com\/settings\/project\/github\/acme\/chat\/environment-variables/ },
  'a shell export a new shell loads': { source: { kind: 'shell', file: 'shell: ~/.bashrc', line: 7 }, definitions: [def('shell', 'shell: ~/.bashrc', 7, FP, true)], place: /^Fix the export at ~\/\.bashrc:7, then open a new terminal\.$/ },
};

const VALUE: Category[] = ['malformed_key', 'invalid_key', 'revoked_or_expired', 'wrong_provider', 'wrong_environment'];
const ACCOUNT: Category[] = ['invalid_user', 'billing_or_quota', 'region_blocked', 'insufficient_permissions', 'tenant_mismatch'];

/** After the provider's own fixes, for an account problem: where a new key goes, the setting to change, or nothing. */
const AFTER: Record<string, unknown[]> = {
  invalid_user: [expect.stringMatching(/^Then put the new key where this run loads it: /)],
  insufficient_permissions: [expect.stringMatching(/^If you issue a new key with the permission, put it where this run loads it: /)],
  // The key is fine and nothing where it is defined changes: no line to point at.
  billing_or_quota: [],
  region_blocked: [],
  // The organisation sent beside the key is wrong: its own line.
  tenant_mismatch: ['OPENAI_ORG_ID is set at .env:2: change or remove it there.'],
};

describe('fix = cause × source', () => {
  for (const [label, c] of Object.entries(SOURCES)) {
    for (const category of VALUE) {
      it(`${category} from ${label}: the first fix names the place to change`, () => {
        const f = placeFixes({ name: 'OPENAI_API_KEY', category, source: c.source, definitions: c.definitions, fingerprint: FP }, c.env ?? {});
        expect(f.first[0]).toMatch(c.place);
        expect(f.after).toEqual([]);
      });
    }
    for (const category of ACCOUNT) {
      it(`${category} from ${label}: the console first, then the place to update`, () => {
        const f = placeFixes({ name: 'OPENAI_API_KEY', category, source: c.source, definitions: c.definitions, fingerprint: FP }, c.env ?? {}, [{ name: 'OPENAI_ORG_ID', at: '.env:2' }]);
        expect(f.first).toEqual([]);
        expect(f.after).toEqual(AFTER[category]);
      });
    }
  }

  it('a key from standard input, or one that works, or one not judged: no place to name', () => {
    for (const category of ['ok', 'network_error', 'rate_limited', 'unknown'] as Category[]) {
      expect(placeFixes({ name: 'X', category, source: { kind: 'dotenv', file: '.env', line: 1 }, definitions: [def('dotenv', '.env', 1, FP, true)], fingerprint: FP }, {})).toEqual({ first: [], after: [] });
    }
    expect(placeFixes({ name: 'stdin', category: 'invalid_key', source: { kind: 'stdin', file: 'standard input' }, definitions: [], fingerprint: FP }, {}).first).toEqual([]);
  });

  it('a shadowed definition with another value: how to make it win', () => {
    const fromProcess = placeFixes({
      name: 'OPENAI_API_KEY', category: 'invalid_key', source: { kind: 'process', file: 'process environment' }, fingerprint: FP,
      definitions: [def('process', 'process environment', undefined, FP, true), def('dotenv', '.env.local', 1, OTHER, false, 'shadowed in local by process environment'), def('shell', 'shell: ~/.zshrc', 2, FP)],
    }, {});
    expect(fromProcess.first[1]).toBe('If .env.local:1 (sha256:bbbbbbbb) holds the right key, delete the export rather than fix it: after the `unset`, the app loads .env.local:1.');
    const noExport = placeFixes({
      name: 'OPENAI_API_KEY', category: 'invalid_key', source: { kind: 'process', file: 'process environment' }, fingerprint: FP,
      definitions: [def('process', 'process environment', undefined, FP, true), def('dotenv', '.env.local', 1, OTHER, false, 'shadowed in local by process environment')],
    }, {});
    expect(noExport.first[1]).toBe('If .env.local:1 (sha256:bbbbbbbb) holds the right key: `unset OPENAI_API_KEY`, and the app loads it.');
    const fromFile = placeFixes({
      name: 'OPENAI_API_KEY', category: 'revoked_or_expired', source: { kind: 'dotenv', file: '.env.local', line: 1 }, fingerprint: FP,
      definitions: [def('dotenv', '.env.local', 1, FP, true), def('dotenv', '.env', 4, OTHER, false, 'shadowed in local by .env.local:1'), def('dotenv', '.env.production', 1, 'sha256:cccccccc', false, 'not loaded: Next.js does not read .env.production in mode development')],
    }, {});
    expect(fromFile.first).toEqual(['Edit OPENAI_API_KEY at .env.local:1, the definition this run loads.', 'If .env:4 (sha256:bbbbbbbb) holds the right key, delete the line at .env.local:1 so .env:4 wins, or copy that key there.']);
  });

  it('the same value in a Kubernetes Secret, a compose env_file or a Dockerfile: each named, with how to redo it', () => {
    const f = placeFixes({
      name: 'OPENAI_API_KEY', category: 'malformed_key', source: { kind: 'dotenv', file: '.env', line: 1 }, fingerprint: FP,
      definitions: [def('dotenv', '.env', 1, FP, true), def('kubernetes-secret', 'k8s/secret.yaml', 7, FP), def('compose-env-file', 'deploy/app.env', 2, FP), def('dockerfile-arg', 'Dockerfile', 4, FP)],
    }, {});
    expect(f.first.slice(1)).toEqual([
      'k8s/secret.yaml:7 holds the same value in a Kubernetes Secret: recreate it with `kubectl create secret generic NAME --from-literal=OPENAI_API_KEY=…` (or `echo -n`, never `echo`, before base64).',
      'deploy/app.env:2, a compose env_file, holds the same value: update it too, then `docker compose up` again.',
      'Dockerfile:4 bakes the same value into the image: pass it at run time instead, and rebuild.',
    ]);
  });
});
