import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // A folder for the builds several files read (the sample plans...), each made once per run.
    globalSetup: ['test/helpers/shared-builds-setup.ts'],
    // Build and browser tests run real builds and a real Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Most tests wait on child processes (builds, git, Chromium), so two files at a time on two cores
    // keep both busy; Vitest's default leaves one core to itself.
    maxWorkers: 2,
  },
});
