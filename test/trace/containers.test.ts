// Containers: docker compose (environment map and list, env_file, ${VAR}
// interpolation, override order), Dockerfile ENV/ARG, Kubernetes manifests
// and Helm charts (fixtures compose, dockerfile, kubernetes, helm).
import { describe, expect, it } from 'vitest';
import { project } from '../helpers/cli.js';
import { findings, fp, notes, rows, trace } from './helpers.js';
import { K } from './keys.js';

const A = fp(K.openai), B = fp(K.openaiOld), C = fp(K.openaiProd);

describe('compose', () => {
  it('environment: beats env_file:, interpolated from the project .env; list entries pass the shell through', () => {
    const r = trace('compose');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ dotenv .env:2 ${A}`,
      '→ dockerfile-env Dockerfile:7 (reference) ref build arg OPENAI_API_KEY (docker build --build-arg)',
      `→ compose docker-compose.yml:9 ${A} ref \${OPENAI_API_KEY} (the shell, then .env)`,
      `  compose-env-file .env.docker:1 ${B}`,
      `→ compose docker-compose.yml:15 ${A} ref OPENAI_API_KEY from the shell running docker compose`,
      `  dockerfile-env Dockerfile:2 ${B}`,
      '  dockerfile-arg Dockerfile:6 (reference) ref docker build --build-arg',
    ]);
    expect(notes(r, 'OPENAI_API_KEY')[2]).toBe('wins in compose service api (docker-compose.yml); resolved: ${OPENAI_API_KEY} from .env:2');
    expect(notes(r, 'OPENAI_API_KEY')[5]).toBe('not loaded: in build stage build, not in the final image');
    expect(findings(r, 'OPENAI_API_KEY')).toEqual([
      'warning trace.conflict .env.docker:1',
      'warning trace.secret_in_image Dockerfile:2',
    ]);
  });

  it('the process environment wins the interpolation over the project .env', () => {
    const r = trace('compose', { env: { OPENAI_API_KEY: K.openaiProd } });
    expect(rows(r, 'OPENAI_API_KEY')).toContain(`→ compose docker-compose.yml:9 ${C} ref \${OPENAI_API_KEY} (the shell, then .env)`);
  });

  it('an unset ${VAR} becomes an empty string; env_file values keep a # that dotenv would cut', () => {
    const r = trace('compose');
    expect(rows(r, 'GITHUB_TOKEN')).toEqual([
      `→ compose-env-file .env.docker:2 ${fp(K.github + '#ci')}`,
      '→ compose docker-compose.yml:16 (empty) ref ${GH_PAT} (the shell, then .env)',
      `  dotenv .env.docker:2 ${fp(K.github)}`,
    ]);
    expect(findings(r, 'GITHUB_TOKEN')).toEqual(['warning trace.conflict .env.docker:2', 'warning trace.unresolved docker-compose.yml:16']);
  });

  it('a ${VAR:-default} with a literal key default is a committed key', () => {
    const r = trace('compose');
    expect(rows(r, 'STRIPE_SECRET_KEY')).toEqual([`→ compose docker-compose.yml:10 ${fp(K.stripe)} ref \${STRIPE_KEY} (the shell, then .env)`]);
    expect(findings(r, 'STRIPE_SECRET_KEY')).toEqual(['warning trace.literal_in_repo docker-compose.yml:10']);
  });
});

describe('compose override files', () => {
  it('an override file\'s environment: beats the base file\'s', () => {
    const dir = project({
      'docker-compose.yml': `services:\n  api:\n    image: x\n    environment:\n      OPENAI_API_KEY: ${K.openaiOld}\n`,
      'docker-compose.override.yml': `services:\n  api:\n    environment:\n      OPENAI_API_KEY: ${K.openai}\n`,
    });
    const r = trace(dir);
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([`→ compose docker-compose.override.yml:4 ${A}`, `  compose docker-compose.yml:5 ${B}`]);
    expect(notes(r, 'OPENAI_API_KEY')[0]).toBe('wins in compose service api (docker-compose.yml)');
  });
});

describe('Dockerfile', () => {
  it('the later ENV wins; ARG is build-time only; both put the key in the image', () => {
    const r = trace('dockerfile');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([`→ dockerfile-env Dockerfile:6 ${C}`, `  dockerfile-env Dockerfile:4 ${A}`]);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual([
      'warning trace.conflict Dockerfile:4',
      'warning trace.literal_in_repo Dockerfile:6',
      'warning trace.literal_in_repo Dockerfile:4',
      'warning trace.secret_in_image Dockerfile:4',
    ]);
    expect(rows(r, 'STRIPE_SECRET_KEY')).toEqual([`  dockerfile-arg Dockerfile:3 ${fp(K.stripe)}`]);
    expect(notes(r, 'STRIPE_SECRET_KEY')).toEqual(['not loaded: build-time only: not in the running container unless an ENV copies it']);
  });
});

describe('kubernetes', () => {
  it('env (secretKeyRef) beats envFrom; a Secret not in the repository is a reference; a trailing newline is an error', () => {
    const r = trace('kubernetes');
    const withNewline = fp(K.openai + '\n');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([
      `→ kubernetes k8s/deployment.yaml:17 ${C} ref Secret api-keys key openai-prod`,
      `  kubernetes k8s/deployment.yaml:12 ${withNewline} ref envFrom Secret api-keys`,
      '→ kubernetes k8s/deployment.yaml:37 (reference) ref Secret vault-synced-keys key openai',
      `  kubernetes-secret k8s/secrets.yaml:8 ${withNewline}`,
    ]);
    expect(notes(r, 'OPENAI_API_KEY')[0]).toBe('wins in kubernetes Deployment/api container app; resolved from k8s/secrets.yaml:10');
    expect(findings(r, 'OPENAI_API_KEY')).toEqual([
      'error trace.secret_trailing_newline k8s/secrets.yaml:8',
      'warning trace.conflict k8s/deployment.yaml:12',
      'warning trace.literal_in_repo k8s/secrets.yaml:8',
      'info trace.reference k8s/deployment.yaml:37',
    ]);
  });

  it('envFrom a ConfigMap defines every key of it', () => {
    const r = trace('kubernetes');
    expect(rows(r, 'STRIPE_SECRET_KEY')).toEqual([
      `→ kubernetes k8s/deployment.yaml:14 ${fp(K.stripe)} ref envFrom ConfigMap app-config`,
      `  kubernetes-configmap k8s/secrets.yaml:17 ${fp(K.stripe)}`,
    ]);
  });
});

describe('helm', () => {
  it('resolves .Values paths in the chart\'s values.yaml, and says where an unset one must come from', () => {
    const r = trace('helm');
    expect(rows(r, 'OPENAI_API_KEY')).toEqual([`→ helm charts/api/templates/deployment.yaml:13 ${A} ref .Values.openai.apiKey`]);
    expect(notes(r, 'OPENAI_API_KEY')).toEqual(['wins in helm chart charts/api (charts/api/templates/deployment.yaml); resolved from charts/api/values.yaml:3 (the chart default)']);
    expect(findings(r, 'OPENAI_API_KEY')).toEqual(['warning trace.literal_in_repo charts/api/templates/deployment.yaml:13']);
    expect(rows(r, 'ANTHROPIC_API_KEY')).toEqual(['→ helm charts/api/templates/deployment.yaml:15 (reference) ref .Values.anthropic.apiKey']);
    expect(findings(r, 'ANTHROPIC_API_KEY')).toEqual(['info trace.reference charts/api/templates/deployment.yaml:15']);
    expect(rows(r, 'STRIPE_SECRET_KEY')).toEqual([
      '→ helm charts/api/templates/deployment.yaml:17 (reference) ref Secret stripe-keys key secret-key',
      `→ helm-values charts/api/values.yaml:7 ${fp(K.stripe)}`,
    ]);
    expect(notes(r, 'STRIPE_SECRET_KEY')[1]).toBe('wins in helm values charts/api/values.yaml extraEnv[0]; entry in extraEnv[0]');
    expect(findings(r, 'STRIPE_SECRET_KEY')).toEqual(['warning trace.literal_in_repo charts/api/values.yaml:7', 'info trace.reference charts/api/templates/deployment.yaml:17']);
  });
});
