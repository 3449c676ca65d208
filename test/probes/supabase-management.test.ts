// Supabase Management API tokens: the recorded answers through the pipeline (probeSuite), and which value goes where
// between the two Supabase probes.
import { describe, expect, it } from 'vitest';
import { supabaseManagement } from '../../src/probes/supabase-management/index.js';
import { PROBES, probeForEnvVar, probeForValue } from '../../src/probes/index.js';
import { checkFormat } from '../../src/steps/format.js';
import { probeSuite } from '../helpers/probe-suite.js';

probeSuite(supabaseManagement);

describe('supabase-management: tokens and project keys kept apart', () => {
  it('SUPABASE_ACCESS_TOKEN (the CLI\'s variable) is this probe\'s', () => {
    expect(probeForEnvVar('SUPABASE_ACCESS_TOKEN')?.id).toBe('supabase-management');
  });

  it('an sbp_ value given alone is recognised as a Management API token, and only by this probe', () => {
    expect(probeForValue('sbp_fakeexamplefakeexamplefakeexample0000000')).toMatchObject({ probe: { id: 'supabase-management' }, format: 'personal-access-token' });
  });

  it('a project key in SUPABASE_ACCESS_TOKEN is called the project\'s key, not sent to the Management API', () => {
    const r = checkFormat('sb_secret_FAKEFAKEEXAMPLEEXAMPLE_FAKE0000', supabaseManagement, { others: PROBES });
    expect(r.blocking).toBe(true);
    expect(r.findings.map((f) => f.code)).toContain('format.wrong_provider');
  });

  it('goes only to api.supabase.com, whatever SUPABASE_URL says', () => {
    expect(supabaseManagement.officialHosts).toEqual(['api.supabase.com']);
    expect(supabaseManagement.settingsEnv).toBeUndefined();
  });

  it('a 403 without the privileges wording is left to the generic rules', () => {
    expect(supabaseManagement.classify({ status: 403, headers: {}, text: '{}', json: {} })).toBeUndefined();
  });
});
