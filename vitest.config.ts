import { configDefaults, defineConfig } from 'vitest/config';
import LongestFirst from './tests/support/sequencer.ts';

/** Tests that run Astro's real build (in-process): kept out of the quick `logic` run. */
const BUILD_TESTS = 'tests/**/*-build.test.ts';

export default defineConfig({
  test: {
    // The longest files start first, in a fresh clone too (tests/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
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
          // Pure functions and content checks: a worker's files share its imported modules (the
          // unified and Astro pipelines each file would otherwise import anew: 29 s of CPU against
          // 10 s). Nothing they import keeps state between tests but the edition cache, which is
          // keyed by the content folder and its files' sizes and times.
          isolate: false,
          // The same as the site project's: projects run side by side only with equal limits.
          maxWorkers: 2,
          exclude: [...configDefaults.exclude, BUILD_TESTS],
          // A test that builds the real edition takes well under a second alone, several on a
          // machine busy with other work; a limit is for a hung test, not a slow machine.
          testTimeout: 30_000,
        },
      },
      {
        // Broken content through Astro's `build()`, in one process, one build at a time. The
        // builds write only to their own temporary folders (and Astro's .astro/, which the site
        // tests do not read), so this runs beside `site`, whose build is done before any test.
        test: {
          name: 'build',
          include: [BUILD_TESTS],
          testTimeout: 120_000,
        },
      },
      {
        // The built site: one `astro build`, served locally, read as HTML and in Chromium.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          // Waiting for the browser is not a timing check: a busy machine may take a while.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 60_000,
          // Each browser file starts its own Chromium; two at a time suits a 2-core machine (three
          // were measured slower: 267 s against 248 s).
          maxWorkers: 2,
        },
      },
    ],
  },
});
