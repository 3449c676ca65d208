// CI definitions: GitHub Actions (workflow/job/step env, secrets), GitLab CI
// variables, CircleCI environment, Jenkinsfile environment {} (fixtures
// github-actions, gitlab-ci, circleci, jenkins).
import { describe, expect, it } from 'vitest';
import { findings, fp, notes, rows, trace } from './helpers.js';
import { K } from './keys.js';

const A = fp(K.openai), B = fp(K.openaiOld), C = fp(K.openaiProd);

describe('GitHub Actions', () => {
  const r = trace('github-actions');

  it('step env > job env > workflow env, each winning where it is the most specific', () => {
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ github-actions .github/workflows/ci.yml:9 ${B}`,
      '→ github-actions .github/workflows/ci.yml:4 (reference) ref secrets.OPENAI_API_KEY',
      '→ github-actions .github/workflows/ci.yml:14 (reference) ref secrets.OPENAI_E2E_KEY',
    ]);
    expect(notes(r, 'OPENAI_API_KEY')).toEqual([
      'wins in github-actions .github/workflows/ci.yml job test; job test env',
      'wins in github-actions .github/workflows/ci.yml job deploy; workflow env',
      'wins in github-actions .github/workflows/ci.yml job test step e2e; step e2e env',
    ]);
  });

  it('a literal key is flagged; secrets are references that say where they live', () => {
    expect(findings(r, 'OPENAI_API_KEY')).toEqual([
      'warning trace.literal_in_repo .github/workflows/ci.yml:9',
      'info trace.reference .github/workflows/ci.yml:4',
      'info trace.reference .github/workflows/ci.yml:14',
    ]);
    const ref = r.variables.find((v) => v.name === 'OPENAI_API_KEY')!.findings[1]!.message;
    expect(ref).toContain('from secrets.OPENAI_API_KEY. It is a GitHub secret');
    expect(ref).toContain('pull requests from forks get no secrets');
  });

  it('a token of the provider hard-coded in a run: line is found by its shape and fingerprint', () => {
    expect(rows(r, 'GITHUB_TOKEN')).toEqual(['→ github-actions .github/workflows/ci.yml:15 (reference) ref secrets.GITHUB_TOKEN']);
    expect(findings(r, 'GITHUB_TOKEN')).toEqual(['warning trace.hardcoded_other_key .github/workflows/ci.yml:23', 'info trace.reference .github/workflows/ci.yml:15']);
    expect(r.variables.find((v) => v.name === 'GITHUB_TOKEN')!.findings[0]!.message).toContain(fp(K.githubOld));
  });
});

describe('GitLab CI', () => {
  it('job variables beat global ones; a $VAR value points at the CI/CD settings', () => {
    const r = trace('gitlab-ci');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ gitlab-ci .gitlab-ci.yml:7 ${B}`,
      '→ gitlab-ci .gitlab-ci.yml:3 (reference) ref GitLab CI/CD variable OPENAI_KEY_MASKED',
    ]);
    expect(notes(r, 'OPENAI_API_KEY')[1]).toBe('wins in gitlab-ci .gitlab-ci.yml job deploy; global variables; a CI/CD settings variable of the same name overrides it');
    expect(findings(r, 'OPENAI_API_KEY')).toEqual(['warning trace.literal_in_repo .gitlab-ci.yml:7', 'info trace.reference .gitlab-ci.yml:3']);
  });
});

describe('CircleCI', () => {
  it('run-step environment > job environment > image environment', () => {
    const r = trace('circleci');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ circleci .circleci/config.yml:9 ${B}`,
      `  circleci .circleci/config.yml:7 ${C}`,
      `→ circleci .circleci/config.yml:16 ${A}`,
    ]);
    expect(findings(r, 'OPENAI_API_KEY').filter((f) => f.includes('conflict'))).toEqual([
      'warning trace.conflict .circleci/config.yml:7',
      'warning trace.conflict .circleci/config.yml:9',
    ]);
    expect(findings(r, 'OPENAI_API_KEY').at(-1)).toBe('info trace.contexts_differ');
  });
});

describe('Jenkinsfile', () => {
  it('a stage environment {} beats the pipeline one; credentials() is a reference', () => {
    const r = trace('jenkins');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ jenkins Jenkinsfile:10 ${B}`,
      '→ jenkins Jenkinsfile:4 (reference) ref Jenkins credential openai-api-key',
    ]);
    expect(notes(r, 'OPENAI_API_KEY')).toEqual([
      'wins in jenkins Jenkinsfile stage Test; stage Test environment',
      'wins in jenkins Jenkinsfile pipeline; pipeline environment',
    ]);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual(['warning trace.literal_in_repo Jenkinsfile:10', 'info trace.reference Jenkinsfile:4']);
    expect(rows(r, 'STRIPE_SECRET_KEY')).toEqual([`→ jenkins Jenkinsfile:5 ${fp(K.stripe)}`]);
  });
});
