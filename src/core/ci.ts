/** Whether this process runs in CI: no spinner, no colour by default, keys judged as a pipeline's. */
export function isCI(env: Record<string, string | undefined>): boolean {
  return !!(env.CI && env.CI !== 'false') || !!env.GITHUB_ACTIONS || !!env.GITLAB_CI || !!env.BUILDKITE || !!env.TF_BUILD || !!env.JENKINS_URL || !!env.CIRCLECI;
}
