/**
 * Through the real `astro build` (issue 16): a good site is never replaced by a broken one. A
 * first build of the fixture edition fills an output folder; every later build here fails (a
 * page that throws half-way through rendering, the About page missing, broken content) and
 * each must leave that folder exactly as it was, file for file, with no temporary folder left
 * beside it, and say what is wrong (file, field, fix) when the content is the cause.
 *
 * The in-process rows are in tests/content/hardening-content.test.ts.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, replaceOnce } from '../support/fixture-edition.ts';
import { editedCopy, fixtureLine, removeCopies, type Change } from '../support/edited-copy.ts';

interface BuildResult {
  code: number | null;
  output: string;
}

const parent = mkdtempSync(join(tmpdir(), 'hardening-build-'));
const outDir = join(parent, 'dist');
/** Where tests/support/no-network.ts writes every connection it refused. */
const networkLog = join(mkdtempSync(join(tmpdir(), 'hardening-net-')), 'refused.log');

/**
 * `astro build` as a fresh machine runs it: Node with the no-network hook, telemetry left at
 * Astro's default (no ASTRO_TELEMETRY_DISABLED, an empty user config folder): only the
 * project itself may turn it off.
 */
function astroBuild(content: string, out: string, extra: string[] = []): Promise<BuildResult> {
  const { ASTRO_TELEMETRY_DISABLED: _, TELEMETRY_DISABLED: __, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', './tests/support/no-network.ts', 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', out, ...extra],
      {
        env: {
          ...env,
          EDITION_CONTENT_DIR: content,
          NO_COLOR: '1',
          NO_NETWORK_LOG: networkLog,
          XDG_CONFIG_HOME: join(dirname(networkLog), 'config'),
        },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        resolve({ code, output: stripVTControlCharacters(`${stdout}\n${stderr}`) });
      },
    );
  });
}

/** Every file under `dir` with a hash of its bytes: what "left as it was" means. */
function fingerprint(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    const path = join(dir, name);
    if (statSync(path).isFile()) files[name] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return files;
}

/** The site's fixture edition, with its About page (the site needs one) unless `about` is false, plus `changes`. */
const siteEdition = (changes: Record<string, Change> = {}, about = true) =>
  editedCopy({ ...(about ? {} : { 'pages/about.md': null }), ...changes });

let good: Record<string, string>;

beforeAll(async () => {
  const { code, output } = await astroBuild(siteEdition(), outDir);
  expect(code, output).toBe(0);
  good = fingerprint(outDir);
}, 180_000);

afterAll(() => {
  removeCopies();
  rmSync(parent, { recursive: true, force: true });
  rmSync(dirname(networkLog), { recursive: true, force: true });
});

/** The output folder is the good build, file for file, and nothing else sits beside it. */
function expectUntouched(): void {
  expect(fingerprint(outDir), 'the previous output folder must be left as it was').toEqual(good);
  expect(readdirSync(dirname(outDir)), 'no temporary folder may be left beside it').toEqual(['dist']);
}

describe('the build stays on this machine', () => {
  it('opens no outbound connection and looks up no host (telemetry is off in the project itself)', () => {
    const refused = existsSync(networkLog) ? readFileSync(networkLog, 'utf8') : '';
    expect(refused, 'connections the build tried').toBe('');
  });
});

describe('a failed build leaves the previous site as it was', () => {
  it('a good build writes the whole site, search index and _headers included, and nothing beside it', () => {
    expect(Object.keys(good)).toEqual(
      expect.arrayContaining([join('sample-op-ed', 'index.html'), '_headers', join('about', 'index.html')]),
    );
    expect(Object.keys(good).some((f) => f.startsWith(`pagefind${'/'}`))).toBe(true);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('a page that throws half-way through rendering', async () => {
    const config = relative(process.cwd(), 'tests/fixtures/build/failing-render.config.ts');
    const { code, output } = await astroBuild(siteEdition(), outDir, ['--config', config]);
    expect(code, output).not.toBe(0);
    expect(output).toContain('this page fails to render on purpose');
    expectUntouched();
  });

  const rows: Array<{
    name: string;
    changes: Record<string, Change>;
    about?: false;
    file: string;
    field: string;
    problem: RegExp;
    fix: RegExp;
  }> = [
    {
      name: 'the About page deleted (it used to crash the render and wipe dist/)',
      changes: {},
      about: false,
      file: 'pages/about.md',
      field: 'file',
      problem: /the page is missing: the site's \/about\/ page is made from it/,
      fix: /add pages\/about\.md with "title:" and "description:"/,
    },
    {
      name: 'a list in a note',
      changes: { [ARTICLE]: replaceOnce('    note: The Rainbow drone costs little.\n', '    note: |-\n      Costs:\n\n      - little\n') },
      file: `${ARTICLE}:${fixtureLine(ARTICLE, 'note: The Rainbow drone costs little.')}`,
      field: 'claims[0].note (claim "drones-are-cheap")',
      problem: /a list cannot sit inside the article's paragraph/,
      fix: /inline text only/,
    },
    {
      name: 'a paragraph pinned to {#main}',
      changes: { [ARTICLE]: replaceOnce('It is made in a factory.', 'It is made in a factory. {#main}') },
      file: `${ARTICLE}:${fixtureLine(ARTICLE, 'It is made in a factory.')}`,
      field: 'paragraph "main"',
      problem: /the site already uses the id "main"/,
      fix: /pin another id/,
    },
  ];

  for (const { name, changes, about, file, field, problem, fix } of rows) {
    it(name, async () => {
      const content = siteEdition(changes, about);
      const { code, output } = await astroBuild(content, outDir);
      expect(code, output).not.toBe(0);
      const block = new RegExp(
        `✗ ${relative(process.cwd(), join(content, file)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n\\s+field:\\s+(.+)\\n\\s+problem:\\s+(.+)\\n\\s+fix:\\s+(.+)`,
        'g',
      );
      const found = [...output.matchAll(block)].find((m) => m[1]!.trim() === field);
      expect(found, `no problem printed for ${file}, field ${field}:\n${output}`).toBeDefined();
      expect(found![2]).toMatch(problem);
      expect(found![3]).toMatch(fix);
      expectUntouched();
    });
  }
});
