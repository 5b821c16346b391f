import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One build of the sample plans, shared by the tests that only read it.
    globalSetup: ['test/helpers/build-samples.ts'],
    // Build and browser tests run real builds and a real Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
