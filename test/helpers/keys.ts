// Fake keys that match each provider's format and are visibly fake.
// A canary is a fake key whose every appearance in output is a leak.
const fill = (n: number, unit = 'FAKE') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

export const FAKE = {
  openaiProject: `sk-proj-${fill(40)}T3BlbkFJ${fill(40, 'EXAMPLE0')}`,
  openaiUser: `sk-${fill(20)}T3BlbkFJ${fill(20, 'EXAM')}`,
  anthropic: `sk-ant-api03-${fill(93, 'FAKE_')}AA`,
  stripeTest: `sk_test_${fill(40, 'FAKE0')}`,
  stripeLive: `sk_live_${fill(40, 'FAKE1')}`,
  stripeRestricted: `rk_live_${fill(40, 'FAKE2')}`,
  githubClassic: `ghp_${fill(36, 'FAKE9')}`,
  githubInstallation: `ghs_${fill(36, 'FAKE8')}`,
};

/** A unique canary in a provider's format: `canary('openai')`. */
export function canary(tag: string): string {
  const id = `CANARY${tag.toUpperCase().replace(/[^A-Z0-9]/g, '')}${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
  return `sk-proj-${(id + fill(40)).slice(0, 40)}T3BlbkFJ${fill(40, 'EXAMPLE0')}`;
}
