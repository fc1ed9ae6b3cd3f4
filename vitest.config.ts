import { configDefaults, defineConfig } from 'vitest/config';

/** Tests that run a real `astro build` per case: slow, so kept out of the quick `logic` run. */
const BUILD_TESTS = 'tests/**/*-build.test.ts';

export default defineConfig({
  test: {
    // `npm run coverage`: the logic project over the layers below the pages.
    coverage: {
      provider: 'v8',
      include: ['src/content/**', 'src/edition/**', 'src/views/**', 'src/lib/**'],
      reporter: ['text-summary', 'text'],
      thresholds: { lines: 90 },
    },
    projects: [
      {
        // Pure logic and content checks: no build, no browser.
        test: {
          name: 'logic',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          exclude: [...configDefaults.exclude, BUILD_TESTS],
        },
      },
      {
        // Broken content through `astro build`: two builds at once suit a 2-core machine. Runs
        // last, after `site`, whose own build shares `.astro/` with this project's control build.
        test: {
          name: 'build',
          include: [BUILD_TESTS],
          maxConcurrency: 2,
          testTimeout: 120_000,
          sequence: { groupOrder: 1 },
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
