/**
 * Bad content stops a REAL build: Astro's own `build()`, run in this process on a copy of the
 * fixture edition (EDITION_CONTENT_DIR) into a fresh output folder, exits with the problem list
 * (the file relative to the project, the field, the fix) and writes nothing there.
 *
 * Only what a real build alone can show is here: that the fixture builds at all (so a failure
 * below is the edit's), that the content check (src/integrations/content-check.ts) runs before
 * Astro writes a page, and that the build is stricter than `npm run dev`, which accepts a
 * paragraph whose id is not yet recorded. What each kind of mistake says is checked in-process,
 * where it is quick: content-model.test.ts, entity-references.test.ts, permalinks.test.ts and
 * anchor.test.ts, each mistake once.
 *
 * Runs in the vitest project `build` (vitest.config.ts). The builds take turns: the content
 * folder is named by an environment variable, which is one per process.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { build } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE, fixtureEdition, replaceOnce, type Edits } from '../support/fixture-edition.ts';

/** The site's /about/ route needs an About page, which the fixture (made for the loader) lacks. */
const ABOUT_PAGE = '---\ntitle: About\ndescription: About the sample edition.\n---\nAbout the sample.\n';

interface BuildResult {
  failed: boolean;
  output: string;
}

process.env.ASTRO_TELEMETRY_DISABLED = '1';

/**
 * Runs Astro's `build()` for the edition in `content`, writing (if at all) only to `outDir`, and
 * returns what it printed: the logger writes to stdout and stderr, read here while it runs.
 */
async function astroBuild(content: string, outDir: string): Promise<BuildResult> {
  const printed: string[] = [];
  const streams = [process.stdout, process.stderr] as const;
  const writes = streams.map((stream) => stream.write);
  for (const stream of streams) {
    stream.write = ((chunk: string | Uint8Array) => {
      printed.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    }) as typeof stream.write;
  }
  const contentDir = process.env.EDITION_CONTENT_DIR;
  process.env.EDITION_CONTENT_DIR = content;
  let failed = false;
  try {
    await build({ root: process.cwd(), outDir, logLevel: 'error' });
  } catch (error) {
    failed = true;
    printed.push(String(error));
  } finally {
    streams.forEach((stream, i) => {
      stream.write = writes[i]!;
    });
    if (contentDir === undefined) delete process.env.EDITION_CONTENT_DIR;
    else process.env.EDITION_CONTENT_DIR = contentDir;
  }
  return { failed, output: stripVTControlCharacters(printed.join('')) };
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/**
 * The fixture edition with `edits` applied (tests/support/fixture-edition.ts: an edit that
 * changes nothing throws), plus the About page the site needs to build at all.
 */
function siteEdition(edits: Edits = {}): string {
  const content = fixtureEdition(edits);
  temporary.push(content);
  mkdirSync(join(content, 'pages'), { recursive: true });
  writeFileSync(join(content, 'pages/about.md'), ABOUT_PAGE);
  return content;
}

/** A path for the build's output that does not exist yet, outside the project's dist/. */
function freshOutDir(): string {
  const parent = mkdtempSync(join(tmpdir(), 'bad-content-out-'));
  temporary.push(parent);
  return join(parent, 'dist');
}

function filesIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
}

/** The printed problem blocks: "✗ file[:line]" then "field:", "problem:" and "fix:" lines. */
function problemBlocks(output: string): Array<{ where: string; field: string; problem: string; fix: string }> {
  const blocks = [];
  const pattern = /^.*✗ (.+)\n\s+field:\s+(.+)\n\s+problem:\s+([\s\S]+?)\n\s+fix:\s+(.+)$/gm;
  for (const m of output.matchAll(pattern)) blocks.push({ where: m[1]!.trim(), field: m[2]!.trim(), problem: m[3]!, fix: m[4]!.trim() });
  return blocks;
}

describe('bad content stops Astro’s build, which names file, field and fix, and writes nothing', () => {
  it('the unchanged fixture builds into the output folder given (so every failure below is the edit’s, and the folder is honoured)', async () => {
    const content = siteEdition();
    const outDir = freshOutDir();
    const { failed, output } = await astroBuild(content, outDir);
    expect(failed, output).toBe(false);
    expect(filesIn(outDir)).toContain(join('sample-op-ed', 'index.html'));
  });

  // `npm run dev` lists a new paragraph id as unrecorded and carries on; only the build refuses it.
  it('a new paragraph whose id is not recorded in the manifest stops the build', async () => {
    const content = siteEdition({
      [ARTICLE]: replaceOnce('A final paragraph closes', 'A new paragraph appears here.\n\nA final paragraph closes'),
    });
    const outDir = freshOutDir();
    const { failed, output } = await astroBuild(content, outDir);

    expect(failed, `the build should have failed:\n${output}`).toBe(true);
    expect(output).toMatch(/The content has 1 problem; nothing was built\./);
    expect(problemBlocks(output)).toEqual([
      {
        where: relative(process.cwd(), join(content, 'permalinks.json')),
        field: 'published["sample-op-ed"]',
        problem: expect.stringMatching(/^new paragraph ids are not recorded yet: a-new-paragraph-appears-here$/),
        fix: expect.stringMatching(/^run "npm run permalinks"/),
      },
    ]);
    expect(filesIn(outDir), 'a failed build must not write to its output folder').toEqual([]);
  });
});
