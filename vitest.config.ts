import { defineConfig } from 'vitest/config';

// Two projects: the hardening suites (faults, properties, hostile repositories:
// most of the suite's time) apart from the rest, so either can run alone:
// `npx vitest run --project unit`, `npx vitest run --project hardening`.
// `npm test` runs both.
const common = { testTimeout: 20_000, hookTimeout: 20_000 };

export default defineConfig({
  test: {
    // One temporary folder for the whole run, removed at its end (test/helpers/temp-root.ts).
    globalSetup: ['test/helpers/temp-root.ts'],
    projects: [
      { test: { ...common, name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/hardening/**'] } },
      { test: { ...common, name: 'hardening', include: ['test/hardening/**/*.test.ts'] } },
    ],
  },
});
