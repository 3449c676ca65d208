// Prevention findings read from recorded provider answers: each answer goes
// through its probe's classify/identity exactly as in `check`, then through
// keyPrevention. Each finding has an answer that triggers it and one that must not.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyPrevention } from '../../src/prevent/index.js';
import { probeById } from '../../src/probes/index.js';
import type { Answer } from '../../src/probes/types.js';
import { classifyOutcome } from '../../src/steps/classify.js';
import { checkFormat } from '../../src/steps/format.js';
import { PROBES } from '../../src/probes/index.js';
import { FIXTURES } from '../fake-provider/server.js';

interface PreventAnswer {
  probe: string;
  key: string;
  response: { status: number; headers?: Record<string, string>; body?: unknown };
}

const NOW = new Date('2026-12-20T00:00:00Z');

function codes(fixture: string, ctx: { name: string; ci: boolean }): { codes: string[]; messages: string[] } {
  const fx = JSON.parse(readFileSync(join(FIXTURES, 'prevent', 'answers', `${fixture}.json`), 'utf8')) as PreventAnswer;
  const probe = probeById(fx.probe)!;
  const text = JSON.stringify(fx.response.body ?? {});
  const answer: Answer = { status: fx.response.status, headers: fx.response.headers ?? {}, text, json: JSON.parse(text) };
  const { classification, identity } = classifyOutcome(probe, { kind: 'answer', answer, truncated: false });
  expect(classification.category).toBe('ok');
  const format = checkFormat(fx.key, probe, { others: PROBES }).format;
  const findings = keyPrevention({ name: ctx.name, provider: probe.id, providerName: probe.name, formatId: format?.id, identity, ci: ctx.ci, value: fx.key, now: NOW, warnDays: 14 });
  for (const f of findings) expect(f.message).not.toContain(fx.key);
  return { codes: findings.map((f) => f.code), messages: findings.map((f) => f.message) };
}

describe('prevention from recorded answers', () => {
  it('a classic GitHub token with admin:org and delete_repo is over-privileged', () => {
    const r = codes('github-classic-token-with-admin-org-and-delete-repo', { name: 'GH_TOKEN', ci: false });
    expect(r.codes).toContain('prevent.over_privileged');
    expect(r.messages.join()).toContain('admin:org, delete_repo');
  });

  it('a classic GitHub token with repo and read:org only is not', () => {
    expect(codes('github-classic-token-with-repo-and-read-org', { name: 'GH_TOKEN', ci: false }).codes).not.toContain('prevent.over_privileged');
  });

  it('GitHub\'s expiration header 8 days ahead is a warning with the date', () => {
    const r = codes('github-classic-token-with-repo-and-read-org', { name: 'GH_TOKEN', ci: false });
    expect(r.codes).toContain('prevent.expiry_soon');
    expect(r.messages.join()).toContain('GH_TOKEN expires on 2026-12-28 (in 8 days), as GitHub says');
  });

  it('GitHub\'s expiration header months ahead is only a note', () => {
    const r = codes('github-classic-token-with-admin-org-and-delete-repo', { name: 'GH_TOKEN', ci: false });
    expect(r.codes).toContain('prevent.expires');
    expect(r.codes).not.toContain('prevent.expiry_soon');
  });

  it('a GitLab token expiring in 11 days is a warning', () => {
    const r = codes('gitlab-token-expiring-2026-12-31', { name: 'GITLAB_TOKEN', ci: true });
    expect(r.codes).toEqual(['prevent.expiry_soon']);
    expect(r.messages[0]).toContain('2026-12-31 (in 11 days)');
  });

  it('a GitLab token that never expires gets no expiry finding', () => {
    expect(codes('gitlab-token-that-never-expires', { name: 'GITLAB_TOKEN', ci: true }).codes).toEqual([]);
  });

  it('a GitHub user\'s token in CI is tied to a person', () => {
    const r = codes('github-classic-token-with-repo-and-read-org', { name: 'GH_TOKEN', ci: true });
    expect(r.codes).toContain('prevent.personal_key');
    expect(r.messages.join()).toContain('GitHub user octo-fake, used in CI');
  });

  it('the same token on a laptop (not CI) is not flagged as personal', () => {
    expect(codes('github-classic-token-with-repo-and-read-org', { name: 'GH_TOKEN', ci: false }).codes).not.toContain('prevent.personal_key');
  });

  it('a bot account\'s token in CI is not tied to a person', () => {
    expect(codes('github-token-of-a-bot-account', { name: 'GH_TOKEN', ci: true }).codes).toEqual([]);
  });

  it('a Slack user token in SLACK_BOT_TOKEN is tied to a person', () => {
    const r = codes('slack-user-token-of-a-person', { name: 'SLACK_BOT_TOKEN', ci: false });
    expect(r.codes).toEqual(['prevent.personal_key']);
    expect(r.messages[0]).toContain('of fake.person where a bot token belongs');
  });

  it('a Slack bot token in CI is not', () => {
    expect(codes('slack-bot-token', { name: 'SLACK_BOT_TOKEN', ci: true }).codes).toEqual([]);
  });
});
