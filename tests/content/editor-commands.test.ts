/**
 * The editor commands as an editor runs them: each one spawned once with the project's node on
 * a copy of the fixture edition, for its exit code and what it prints. Their logic is tested
 * in-process in tests/unit/{claim-stub,review}.test.ts.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ARTICLE, fixtureEdition, messageOf, replaceOnce } from '../support/fixture-edition.ts';

const NODE = 'node_modules/.bin/node';
// A spawned node on a busy machine can take a while to start; this is no timing check.
const SPAWN_TIMEOUT = 120_000;

async function run(script: string, args: string[], root: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(NODE, [script, ...args], { env: { ...process.env, EDITION_CONTENT_DIR: root } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the editor commands', () => {
  it(
    "claim --append adds a stub for the words, which check-content then refuses field by field with the build's message",
    async () => {
      const root = fixtureEdition();
      const claim = await run('src/cli/claim.ts', ['--append', 'Rainbow drone flies far'], root);
      expect(claim.stderr).toBe('');
      expect(claim.code).toBe(0);
      expect(claim.stdout).toMatch(/Found in paragraph 3 \(¶ the-rainbow-drone-flies-far\)/);
      expect(claim.stdout).toContain('Added the claim "rainbow-drone-flies-far"');
      expect(readFileSync(join(root, ARTICLE), 'utf8')).toContain('  - id: rainbow-drone-flies-far');

      const check = await run('src/cli/check-content.ts', [], root);
      expect(check.code).toBe(1);
      // The build's own words: the same message the build would print.
      expect(check.stderr).toContain(messageOf(root));
      expect(check.stderr).toMatch(/field: +claims\[2\]\.type \(claim "rainbow-drone-flies-far"\)/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'claim exits non-zero on a near miss, printing the nearest passages',
    async () => {
      const result = await run('src/cli/claim.ts', ['the Rainbow drone flies far away'], fixtureEdition());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/nearest passages:\n {2}¶ the-rainbow-drone-flies-far \(paragraph 3\): "/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'review lists the claims due on the given day',
    async () => {
      const root = fixtureEdition({
        [ARTICLE]: (text) =>
          replaceOnce(
            '    reviewed: "2026-12-01"\n',
            '    reviewed: "2025-06-01"\n',
          )(replaceOnce('grows.\n    reviewed: "2026-12-01"\n', 'grows.\n    reviewed: "2026-01-10"\n')(text)),
      });
      const result = await run('src/cli/review.ts', ['--today', '2026-07-10'], root);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^2 of 2 claims are due for review on 2026-07-10/);
      expect(result.stdout).toMatch(/drones-are-cheap +fact +accurate +2025-06-01 +2026-06-01 \(\d+ d\) +2016-05/);
      expect(result.stdout).toMatch(/acme-will-grow +prediction +unresolved +2026-01-10 +2026-07-10 \(0 d\) +none/);
    },
    SPAWN_TIMEOUT,
  );

  it(
    'check-content passes good content',
    async () => {
      const result = await run('src/cli/check-content.ts', [], fixtureEdition());
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(/^Content OK: 1 article, 6 paragraphs, 2 claims, 4 entities/);
    },
    SPAWN_TIMEOUT,
  );
});
