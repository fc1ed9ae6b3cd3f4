/**
 * Bad content stops a REAL `astro build`: each row copies the fixture edition, breaks one thing,
 * runs `npx astro build --outDir <fresh temp dir>` with EDITION_CONTENT_DIR pointing at the copy,
 * and checks what an editor would see: a non-zero exit, a message naming the file (as a path
 * relative to the project, with the line where known), the field or claim, and a fix; and
 * nothing written to the output folder.
 *
 * tests/content/content-model.test.ts checks the wording of loader problems in-process; this
 * file checks the whole path through the build (the integration in
 * src/integrations/content-check.ts), including the checks only the build runs: quotes anchored
 * in the text, aliases that must occur, permalinks that must not vanish or go unrecorded.
 *
 * Runs in the vitest project `build` (vitest.config.ts), two builds at a time; each build stops
 * at astro:config:setup, a few seconds in.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE, fixtureEdition, replaceOnce, type Edits } from '../support/fixture-edition.ts';

const MANIFEST = 'permalinks.json';

/** The site's /about/ route needs an About page, which the fixture (made for the loader) lacks. */
const ABOUT_PAGE = '---\ntitle: About\ndescription: About the sample edition.\n---\nAbout the sample.\n';

interface Row {
  name: string;
  /** A file to move after the edits (from → to, relative to the edition folder). */
  rename?: [from: string, to: string];
  /** One change to the fixture; `replaceOnce` throws if its target is not there exactly once. */
  edits: Edits;
  /** The file the message must name, relative to the edition folder. */
  file: string;
  /** The line it must name, when the check knows it. */
  line?: number;
  /** The field or claim, exactly as printed after "field:". */
  field: string;
  /** What the "problem:" line must say. */
  problem: RegExp;
  /** What the "fix:" line must say. */
  fix: RegExp;
}

const rows: Row[] = [
  {
    name: 'an entity without its required summary',
    edits: { 'entities/acme.md': replaceOnce('summary: A think tank in the sample.\n', '') },
    file: 'entities/acme.md',
    line: 2,
    field: 'summary',
    problem: /missing/,
    fix: /add "summary:"/,
  },
  {
    name: 'a verdict outside the vocabulary',
    edits: { [ARTICLE]: replaceOnce('verdict: accurate\n', 'verdict: mostly-true\n') },
    file: ARTICLE,
    line: 21,
    field: 'claims[0].verdict (claim "drones-are-cheap")',
    problem: /received "mostly-true"; expected one of accurate, /,
    fix: /use one of: accurate, /,
  },
  {
    name: 'a follow-up dated in a month that does not exist',
    edits: { [ARTICLE]: replaceOnce('date: "2016-05"', 'date: "2016-13"') },
    file: ARTICLE,
    line: 25,
    field: 'claims[0].followUps[0].date (claim "drones-are-cheap")',
    problem: /received "2016-13"; expected a real date/,
    fix: /YYYY-MM-DD/,
  },
  {
    name: 'an author linked to an entity that does not exist',
    edits: { [ARTICLE]: replaceOnce('entity: jane-doe', 'entity: jane-do') },
    file: ARTICLE,
    line: 6,
    field: 'author.entity',
    problem: /"jane-do", which does not exist/,
    fix: /did you mean "jane-doe"/,
  },
  {
    name: 'two claims with one id',
    edits: { [ARTICLE]: replaceOnce('id: acme-will-grow', 'id: drones-are-cheap') },
    file: ARTICLE,
    line: 33,
    field: 'claims[1].id',
    problem: /"drones-are-cheap" is used twice \(first at .*sample-op-ed\.md:18\)/,
    fix: /give each claim its own id/,
  },
  {
    name: 'a quote that is not in the article (nearest passages listed)',
    edits: { [ARTICLE]: replaceOnce('quote: the Rainbow drone is cheap', 'quote: the Rainbow drone is inexpensive') },
    file: ARTICLE,
    line: 19,
    field: 'claims[0].quote (claim "drones-are-cheap")',
    problem: /is not in the article; nearest passages:\s+¶ everyone-agrees-that-the-rainbow: "that the Rainbow drone is"\s+¶ the-rainbow-drone-flies-far: /,
    fix: /copy the exact words from the article/,
  },
  {
    name: 'a quote found twice, with no prefix or suffix to choose',
    edits: { [ARTICLE]: replaceOnce('quote: the Rainbow drone is cheap', 'quote: Rainbow drone') },
    file: ARTICLE,
    line: 19,
    field: 'claims[0].quote (claim "drones-are-cheap")',
    problem: /occurs 2 times \(¶ everyone-agrees-that-the-rainbow at \d+, ¶ the-rainbow-drone-flies-far at \d+\)/,
    fix: /add "prefix:" .* or "suffix:"/,
  },
  {
    name: 'two quotes that overlap without nesting',
    // Claim 0 marks "the Rainbow drone is cheap"; this starts inside it and ends after it.
    edits: { [ARTICLE]: replaceOnce('quote: ACME will grow', 'quote: drone is cheap, and a rainbow') },
    file: ARTICLE,
    line: 34,
    field: 'claims[1].quote (claim "acme-will-grow")',
    problem: /overlaps the quote of claim "drones-are-cheap" without containing it/,
    fix: /shorten one of the two quotes/,
  },
  {
    name: 'two entities claiming one alias',
    edits: { 'entities/acme.md': replaceOnce('aliases: [ACME]', 'aliases: [ACME, Rainbow]') },
    file: 'entities/rainbow-drone.md',
    line: 3,
    field: 'aliases[1]',
    problem: /the alias "Rainbow" is also claimed by "acme" \(.*entities\/acme\.md\)/,
    fix: /keep "Rainbow" in one entity only/,
  },
  {
    name: 'an alias the article never writes',
    edits: { 'entities/jane-doe.md': replaceOnce('aliases: [Jane Doe]', 'aliases: [Jane Doe, Dr Doe]') },
    file: 'entities/jane-doe.md',
    line: 3,
    field: 'aliases[1]',
    problem: /the alias "Dr Doe" never occurs in the text/,
    fix: /copy the form exactly as the article writes it, or remove it/,
  },
  {
    name: 'a published paragraph id that vanishes when its opening words change',
    edits: { [ARTICLE]: replaceOnce('The Rainbow drone flies far.', 'Rainbow drones fly far.') },
    file: MANIFEST,
    field: 'moved["sample-op-ed"]["the-rainbow-drone-flies-far"]',
    problem: /"the-rainbow-drone-flies-far" was published and no paragraph carries it any more/,
    fix: /add "the-rainbow-drone-flies-far": "<new id>" under "moved" .*\(probably "rainbow-drones-fly-far-it"\)/,
  },
  {
    name: 'a new paragraph whose id is not recorded in the manifest',
    edits: { [ARTICLE]: replaceOnce('A final paragraph closes', 'A new paragraph appears here.\n\nA final paragraph closes') },
    file: MANIFEST,
    field: 'published["sample-op-ed"]',
    problem: /new paragraph ids are not recorded yet: a-new-paragraph-appears-here/,
    fix: /run "npm run permalinks"/,
  },
  {
    name: 'a source URL with the ftp: scheme',
    edits: { 'entities/jane-doe.md': replaceOnce('url: https://example.org/jane', 'url: ftp://example.org/jane') },
    file: 'entities/jane-doe.md',
    line: 9,
    field: 'sources[0].url',
    problem: /received "ftp:\/\/example\.org\/jane"; expected an absolute http\(s\) URL/,
    fix: /write an absolute http\(s\) URL/,
  },
  {
    name: 'a claim source URL that is not a URL at all',
    edits: { [ARTICLE]: replaceOnce('url: https://example.org/drone-prices', 'url: not a url') },
    file: ARTICLE,
    line: 31,
    field: 'claims[0].sources[0].url (claim "drones-are-cheap")',
    problem: /received "not a url"; expected an absolute http\(s\) URL/,
    fix: /write an absolute http\(s\) URL/,
  },
  {
    name: 'a permalink manifest that is not valid JSON',
    edits: { [MANIFEST]: replaceOnce('"the-views-expressed-are-the"\n', '"the-views-expressed-are-the",\n') },
    file: MANIFEST,
    field: 'file',
    problem: /not valid JSON/,
    fix: /trailing comma/,
  },
  {
    // Slugs are file names, so two entities (or two articles) cannot share one. But an article
    // lives at /<slug>/, and on the About page's address Astro only warns and drops the article.
    name: 'an article whose slug (address) is taken by a page',
    rename: [ARTICLE, 'articles/about.md'],
    edits: { [MANIFEST]: replaceOnce('"sample-op-ed"', '"about"') },
    file: 'articles/about.md',
    field: 'file name',
    problem: /would be published at \/about\/, which the page .*pages\/about\.md already uses/,
    fix: /rename the page .*pages\/about\.md or the article file/,
  },
];

interface BuildResult {
  code: number | null;
  output: string;
}

/** Runs `npx astro build` for the edition in `content`, writing (if at all) only to `outDir`. */
function astroBuild(content: string, outDir: string): Promise<BuildResult> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['--no', 'astro', 'build', '--outDir', outDir],
      {
        env: { ...process.env, EDITION_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, output: stripVTControlCharacters(`${stdout}\n${stderr}`) });
      },
    );
  });
}

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/**
 * The fixture edition with `edits` applied (tests/support/fixture-edition.ts: an edit that
 * changes nothing throws), then `rename`d, plus the About page the site needs to build at all.
 */
function siteEdition(edits: Edits = {}, rename?: [string, string]): string {
  const content = fixtureEdition(edits);
  temporary.push(content);
  mkdirSync(join(content, 'pages'), { recursive: true });
  writeFileSync(join(content, 'pages/about.md'), ABOUT_PAGE);
  if (rename) renameSync(join(content, rename[0]), join(content, rename[1]));
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

describe('bad content stops `astro build`, names file, field and fix, and writes nothing', () => {
  it.concurrent('the unchanged fixture builds into --outDir (so every failure below is the edit, and --outDir is honoured)', async () => {
    const content = siteEdition();
    const outDir = freshOutDir();
    const { code, output } = await astroBuild(content, outDir);
    expect(code, output).toBe(0);
    expect(filesIn(outDir)).toContain(join('sample-op-ed', 'index.html'));
  });

  for (const { name, rename, edits, file, line, field, problem, fix } of rows) {
    it.concurrent(name, async () => {
      const content = siteEdition(edits, rename);
      const outDir = freshOutDir();
      const { code, output } = await astroBuild(content, outDir);

      expect(code, `the build should have failed:\n${output}`).not.toBe(0);
      expect(output).toMatch(/The content has \d+ problems?; nothing was built\./);

      const blocks = problemBlocks(output);
      const found = blocks.find((b) => b.field === field);
      expect(found, `no problem printed for field ${field}:\n${output}`).toBeDefined();
      const path = relative(process.cwd(), join(content, file));
      expect(found!.where).toBe(line === undefined ? path : `${path}:${line}`);
      expect(found!.problem).toMatch(problem);
      expect(found!.fix).toMatch(fix);

      expect(filesIn(outDir), 'a failed build must not write to its output folder').toEqual([]);
    });
  }
});
