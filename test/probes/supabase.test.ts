import { describe, expect, it } from 'vitest';
import { probeSuite } from '../helpers/probe-suite.js';
import { supabase, jwtPayload } from '../../src/probes/supabase/index.js';
import { ProbeSetupError } from '../../src/probes/types.js';
import { PROBES } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { chooseBaseUrl, decideTarget } from '../../src/net/target.js';

probeSuite(supabase);

const SERVICE = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImZha2VleGFtcGxlcmVmYWJjZGVmIiwicm9sZSI6InNlcnZpY2Vfcm9sZSIsImlhdCI6MTcwMDAwMDAwMCwiZXhwIjoyMDE1NTc2MDAwfQ.FAKEsignatureEXAMPLEFAKEsignatureEXAMPLE0000';
const ANON = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJzdXBhYmFzZSIsInJlZiI6ImZha2VleGFtcGxlcmVmYWJjZGVmIiwicm9sZSI6ImFub24iLCJpYXQiOjE3MDAwMDAwMDAsImV4cCI6MjAxNTU3NjAwMH0.FAKEsignatureEXAMPLEFAKEsignatureEXAMPLE0000';
const SESSION = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJhdXRoZW50aWNhdGVkIiwiZXhwIjoxNzAwMDAzNjAwLCJzdWIiOiIwMDAwMDAwMC1mYTRlLTRlNGEtOGU0YS0wMDAwMDAwMDAwMDAiLCJyb2xlIjoiYXV0aGVudGljYXRlZCIsImlzcyI6Imh0dHBzOi8vZmFrZWV4YW1wbGVyZWZhYmNkZWYuc3VwYWJhc2UuY28vYXV0aC92MSJ9.FAKEsignatureEXAMPLEFAKEsignatureEXAMPLE0000';
const URL_ = 'https://fakeexamplerefabcdef.supabase.co';
const project = { lookup: () => undefined };

describe('supabase: the project URL', () => {
  it('SUPABASE_URL picks the project host, an official one, with any /rest/v1 suffix cut off', () => {
    const t = decideTarget(supabase, chooseBaseUrl(supabase, project, undefined, { SUPABASE_URL: URL_ + '/rest/v1/' }, 'env'), 'env', false);
    expect(t.allowed && t.baseUrl).toBe(URL_);
    expect(t.allowed && t.official).toBe(true);
    expect(supabase.baseUrlFrom!({ NEXT_PUBLIC_SUPABASE_URL: URL_ })).toBe(URL_);
  });

  it('a project URL on a custom domain is as trusted as the setting it came from', () => {
    const choice = chooseBaseUrl(supabase, project, undefined, { SUPABASE_URL: 'https://db.example.com' }, 'project');
    expect(decideTarget(supabase, choice, 'env', false).allowed).toBe(false);
    expect(decideTarget(supabase, choice, 'project', false).allowed).toBe(true);
  });

  it('without a project URL nothing is sent: a setup finding asks for SUPABASE_URL', () => {
    expect(() => supabase.request(ANON, { baseUrl: supabase.defaultBaseUrl, settings: {} })).toThrow(/SUPABASE_URL/);
  });

  it('a legacy key of another project is refused before it is sent, naming both project refs', () => {
    const other = { baseUrl: 'https://otherexamplerefabcde.supabase.co', settings: { SUPABASE_URL: 'https://otherexamplerefabcde.supabase.co' } };
    expect(() => supabase.request(ANON, other)).toThrow(ProbeSetupError);
    expect(() => supabase.request(ANON, other)).toThrow(/fakeexamplerefabcdef.*otherexamplerefabcde/);
    expect(supabase.request(ANON, { baseUrl: URL_, settings: { SUPABASE_URL: URL_ } }).url).toBe(URL_ + '/auth/v1/settings');
  });
});

describe('supabase: key kinds, offline', () => {
  it('tells service_role from anon by the JWT\'s role claim, without a network call', () => {
    expect(jwtPayload(SERVICE)).toMatchObject({ role: 'service_role', ref: 'fakeexamplerefabcdef' });
    expect(checkFormat(SERVICE, supabase, { others: PROBES }).format?.id).toBe('service-role');
    expect(checkFormat(ANON, supabase, { others: PROBES }).format?.id).toBe('anon');
  });

  it('a signed-in user\'s access token is unusable here', () => {
    expect(checkFormat(SESSION, supabase, { others: PROBES }).findings.map((f) => f.code)).toContain('format.unusable_key_type');
  });

  it('a personal access token (sbp_) is the Management API\'s: another provider\'s key, pointing at SUPABASE_ACCESS_TOKEN', () => {
    const r = checkFormat('sbp_fakeexamplefakeexamplefakeexample0000000', supabase, { others: PROBES });
    const f = r.findings.find((x) => x.code === 'format.wrong_provider');
    expect(r.blocking).toBe(true);
    expect(f?.message).toMatch(/Supabase Management API personal access token/);
    expect(f?.fix).toMatch(/SUPABASE_ACCESS_TOKEN/);
  });

  it('a JWT is not taken as proof of Supabase: any JWT in another provider\'s variable is not called a Supabase key', () => {
    const openai = PROBES.find((p) => p.id === 'openai')!;
    const codes = checkFormat(SERVICE, openai, { others: [...PROBES, supabase] }).findings.map((f) => f.code);
    expect(codes).not.toContain('format.wrong_provider');
  });

  it('sb_ keys never go in Authorization (they are not JWTs); legacy JWTs do', () => {
    const ctx = { baseUrl: URL_, settings: { SUPABASE_URL: URL_ } };
    expect(supabase.request('sb_secret_FAKEFAKEEXAMPLEEXAMPLE_FAKE0000', ctx).headers.authorization).toBeUndefined();
    expect(supabase.request(SERVICE, ctx).headers.authorization).toBe('Bearer ' + SERVICE);
  });
});
