import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        // Pure logic and content checks: no build, no browser.
        test: {
          name: 'logic',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
        },
      },
      {
        // The built site: one `astro build`, served locally, read as HTML and in Chromium.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 30_000,
          // Waiting for the browser is not a timing check: a busy machine may take a while.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 60_000,
          // Each browser file starts its own Chromium; two at a time suits a 2-core machine.
          maxWorkers: 2,
        },
      },
    ],
  },
});
