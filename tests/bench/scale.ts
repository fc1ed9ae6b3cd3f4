/**
 * The scale run: a synthetic library of N annotated articles, built into a temporary folder
 * (never the repository's dist/), to see how build time, output size and search cost grow.
 *
 * The library is `content/` copied, with the first article duplicated until there are N. Each
 * copy keeps the text word for word (so every claim still anchors), and gets its own slug
 * (`<slug>-copy-<k>`), title and ids: every `id` in its front-matter gets the suffix `-copy-<k>`,
 * since claim ids are unique across the edition. The permalink manifest, keyed by article slug,
 * gets the original's paragraph ids under each copy's slug (same text, same ids).
 *
 * Paragraph order is kept: the build's work and Pagefind's index depend on the words, not their
 * order. Because every copy has the same words, index sizes here are a lower bound for N distinct
 * articles; bytes per query, which grow with the number of matching pages, are not.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { isScalar, parseDocument, visit } from 'yaml';
import { timedBuild } from './build.ts';
import { serveBench } from './server.ts';
import { measureSearch, type SearchResult } from './search.ts';
import { dirSize, htmlPages } from './util.ts';

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export interface ScaleRow {
  n: number;
  ok: boolean;
  error?: string;
  buildMs: number;
  dist?: { bytes: number; files: number; htmlPages: number };
  pagefind?: { bytes: number; files: number };
  search?: SearchResult;
}

interface Manifest {
  published: Record<string, string[]>;
  moved?: Record<string, Record<string, string>>;
  /** Claim ids are published addresses too (`/claims/<id>/`): each copy's are recorded. */
  claims?: { published: string[] };
}

/** Writes a library of `n` articles under `root`/content; returns its folder and the original article's slug. */
export function makeLibrary(n: number, root: string, source = 'content'): { contentDir: string; slug: string } {
  const contentDir = join(root, 'content');
  cpSync(source, contentDir, { recursive: true });
  const articlesDir = join(contentDir, 'articles');
  const names = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const first = names[0];
  if (!first) throw new Error(`no article in ${articlesDir}`);
  const slug = first.slice(0, -'.md'.length);
  const source_ = readFileSync(join(articlesDir, first), 'utf8');
  const fence = FENCE.exec(source_);
  if (!fence) throw new Error(`${first} has no front-matter`);
  const body = source_.slice(fence[0].length);

  const manifestFile = join(contentDir, 'permalinks.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
  const ids = manifest.published[slug] ?? [];
  const claimIds = new Set(manifest.claims?.published ?? []);
  const copiedIds: string[] = [];

  for (let k = 1; names.length + k - 1 < n; k++) {
    const copySlug = `${slug}-copy-${k}`;
    const doc = parseDocument(fence[1]!);
    doc.set('title', `${String(doc.get('title'))} (copy ${k})`);
    visit(doc, {
      Pair(_, pair) {
        if (isScalar(pair.key) && pair.key.value === 'id' && isScalar(pair.value) && typeof pair.value.value === 'string') {
          if (claimIds.has(pair.value.value)) copiedIds.push(`${pair.value.value}-copy-${k}`);
          pair.value.value = `${pair.value.value}-copy-${k}`;
        }
      },
    });
    writeFileSync(join(articlesDir, `${copySlug}.md`), `---\n${doc.toString({ lineWidth: 0 })}---\n${body}`);
    manifest.published[copySlug] = [...ids];
    const moved = manifest.moved?.[slug];
    if (moved && manifest.moved) manifest.moved[copySlug] = { ...moved };
  }
  manifest.claims?.published.push(...copiedIds);
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { contentDir: resolve(contentDir), slug };
}

/** The first-query figures for the article at `path` of the site in `dir`, served as a host would serve it. */
async function searchOn(dir: string, path: string, options: { browser: Browser; searchRuns: number }): Promise<SearchResult> {
  const server = await serveBench(dir);
  try {
    return await measureSearch(options.browser, server, dir, path, options.searchRuns);
  } finally {
    await server.close();
  }
}

export async function scaleRun(
  n: number,
  options: { browser: Browser; timeoutMs: number; searchRuns: number; keep?: boolean; log: (line: string) => void },
): Promise<ScaleRow> {
  mkdirSync(tmpdir(), { recursive: true });
  const root = mkdtempSync(join(tmpdir(), `bench-scale-${n}-`));
  try {
    const { contentDir, slug } = makeLibrary(n, root);
    const outDir = join(root, 'dist');
    options.log(`  N=${n}: building ${n} article(s) into ${outDir} …`);
    const build = await timedBuild({ outDir, env: { EDITION_CONTENT_DIR: contentDir }, timeoutMs: options.timeoutMs });
    if (!build.ok) return { n, ok: false, error: build.error, buildMs: build.ms };
    const size = dirSize(outDir);
    const row: ScaleRow = {
      n,
      ok: true,
      buildMs: build.ms,
      dist: { ...size, htmlPages: htmlPages(outDir).length },
    };
    if (existsSync(join(outDir, 'pagefind'))) {
      row.pagefind = dirSize(join(outDir, 'pagefind'));
      row.search = await searchOn(outDir, `/${slug}/`, options);
    }
    return row;
  } finally {
    if (options.keep) options.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

export interface SearchScaleRow {
  n: number;
  ok: boolean;
  error?: string;
  /** Building the library's index alone. */
  indexMs: number;
  pagefind?: { bytes: number; files: number };
  search?: SearchResult;
}

/**
 * Search in a library of `n` articles without building its pages: the library's index, written
 * by the site build's own code (tests/bench/library-index.ts), served with the pages of the
 * built one-article site in `dist`. The article page is the one page search reads, and in a
 * library it differs only by naming its article as the search's scope (as
 * src/pages/[article]/index.astro does when there is more than one), which is set here.
 */
export async function searchScaleRun(
  n: number,
  options: { browser: Browser; dist: string; searchRuns: number; keep?: boolean; log: (line: string) => void },
): Promise<SearchScaleRow> {
  const root = mkdtempSync(join(tmpdir(), `bench-search-scale-${n}-`));
  const started = performance.now();
  try {
    const { contentDir, slug } = makeLibrary(n, root);
    const site = join(root, 'site');
    cpSync(options.dist, site, { recursive: true });
    rmSync(join(site, 'pagefind'), { recursive: true, force: true });
    options.log(`  N=${n}: indexing ${n} article(s) into ${join(site, 'pagefind')} …`);
    try {
      execFileSync(process.execPath, ['tests/bench/library-index.ts', join(site, 'pagefind')], {
        env: { ...process.env, EDITION_CONTENT_DIR: contentDir },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (error) {
      return { n, ok: false, error: String((error as { stderr?: Buffer }).stderr ?? error), indexMs: performance.now() - started };
    }
    const indexMs = performance.now() - started;
    if (n > 1) {
      const file = join(site, slug, 'index.html');
      const html = readFileSync(file, 'utf8');
      const scoped = html.replace('<article class="oped"', `<article class="oped" data-search-scope="${slug}"`);
      if (scoped === html) throw new Error(`${file} has no <article class="oped"> to scope`);
      writeFileSync(file, scoped);
    }
    return { n, ok: true, indexMs, pagefind: dirSize(join(site, 'pagefind')), search: await searchOn(site, `/${slug}/`, options) };
  } finally {
    if (options.keep) options.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
