/**
 * `npm run bench`: figures, not tests (never part of `npm test`). Prints tables and writes
 * bench-results/latest.json (not committed).
 *
 *   1. build   clean `npx astro build`, median of BENCH_BUILD_RUNS (3); leaves dist/ built
 *   2. pages   every page of dist/ cold in headless Chromium at 390×844, served with brotli
 *   3. lighthouse  Lighthouse 13, mobile defaults, on the article, claims, glossary, one entity
 *   4. search  press "/", type a query, first result: bytes and time, median of BENCH_SEARCH_RUNS (5)
 *   6. check   \`npm run check-content\` in a fresh process, BENCH_CHECK_RUNS (5) times: wall and CPU
 *   5. scale   synthetic libraries of BENCH_SCALE articles (1,50,200), each built into a temp folder
 *   5b. searchscale  the same libraries' search only: each library's index (the build's own code)
 *              served with dist/'s pages; seconds per library where a full build of 200 takes most of an hour
 *   7. bigpage one synthetic article of 1 MB in 800 paragraphs: the render time of each page, so
 *              that work growing with paragraphs × text shows (it once took /cite/ 42 s)
 *
 * Settings (environment):
 *   BENCH_ONLY=pages,search   some sections only (dist/ is built once if missing)
 *   BENCH_SCALE=1,50          library sizes for the scale run (default 1,50,200)
 *   BENCH_SCALE_TIMEOUT=1200  seconds before a scale build is stopped
 *   BENCH_BUILD_RUNS=3, BENCH_LIGHTHOUSE_RUNS=5, BENCH_SEARCH_RUNS=5   repetitions
 *   BENCH_DIST=folder         measure pages, Lighthouse and search on another built site
 *   BENCH_KEEP=1              keep the scale run's temporary folders
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launch, CHROMIUM } from '../support/browser.ts';
import { timedBuild, type BuildRun } from './build.ts';
import { measurePage, type PageWeight } from './pages.ts';
import { runLighthouseMedian, CATEGORIES, type LighthouseMedian } from './lighthouse.ts';
import { measureSearch, QUERY, type SearchResult } from './search.ts';
import { scaleRun, searchScaleRun, type ScaleRow, type SearchScaleRow } from './scale.ts';
import { timedContentCheck, type CheckRun } from './check-content.ts';
import { bigArticleRun, type BigArticleRow } from './big-article.ts';
import { serveBench } from './server.ts';
import { dirSize, fileOf, htmlPages, kb, markdownTable, median, millis, seconds, textTable } from './util.ts';

/** The built site that pages, Lighthouse and search measure; the build section always builds dist/. */
const DIST = process.env.BENCH_DIST ?? 'dist';
const ARTICLE = '/russia-must-expand-relationship-with-china/';
const ENTITY = '/entities/avic/';
/** Measured always (noted when missing), in this order; every other page of dist/ follows. */
const NAMED_PAGES = [ARTICLE, '/claims/', '/entities/', ENTITY, '/'];
const LIGHTHOUSE_PAGES = [ARTICLE, '/claims/', '/entities/', ENTITY];

const SECTIONS = ['build', 'check', 'pages', 'lighthouse', 'search', 'scale', 'searchscale', 'bigpage'] as const;
type Section = (typeof SECTIONS)[number];

function envList(name: string): string[] | undefined {
  const value = process.env[name]?.trim();
  return value
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
}
const only = envList('BENCH_ONLY');
const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
if (unknown.length) {
  console.error(`BENCH_ONLY: unknown section(s) ${unknown.join(', ')}; use ${SECTIONS.join(', ')}`);
  process.exit(2);
}
const runs = (section: Section) => !only || only.includes(section);
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 3);
const CHECK_RUNS = Number(process.env.BENCH_CHECK_RUNS ?? 5);
const SEARCH_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 5);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
const SCALE = (envList('BENCH_SCALE') ?? ['1', '50', '200']).map(Number).filter((n) => Number.isInteger(n) && n > 0);
const SCALE_TIMEOUT_MS = Number(process.env.BENCH_SCALE_TIMEOUT ?? 1200) * 1000;

const log = (line = '') => console.log(line);
const notes: string[] = [];
const note = (line: string) => {
  notes.push(line);
  log(`  note: ${line}`);
};

const startedAt = new Date();
const t0 = performance.now();

interface Results {
  date: string;
  machine: Record<string, unknown>;
  durationS?: number;
  notes: string[];
  build?: { runs: BuildRun[]; medianMs?: number; dist?: { bytes: number; files: number; htmlPages: number } };
  pages?: { viewport: string; results: PageWeight[]; missing: string[] };
  lighthouse?: { runsPerPage: number; results: LighthouseMedian[]; missing: string[] };
  search?: SearchResult;
  scale?: ScaleRow[];
  searchScale?: SearchScaleRow[];
  check?: { runs: CheckRun[]; medianMs: number; medianCpuMs: number };
  bigArticle?: BigArticleRow;
}

const results: Results = {
  date: startedAt.toISOString(),
  machine: {
    os: `${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    chromium: chromiumVersion(),
    chromiumPath: CHROMIUM,
    /** 1, 5 and 15 minute load averages when the bench started and ended: timings on a busy machine run long. */
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
  },
  notes,
};

function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

function save(): void {
  mkdirSync('bench-results', { recursive: true });
  results.durationS = Math.round((performance.now() - t0) / 1000);
  results.machine.loadAverageAtEnd = os.loadavg().map((l) => Number(l.toFixed(2)));
  writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
}

log(`bench: ${results.date}  ${results.machine.os}, ${results.machine.cpus} CPU, Node ${process.version}, ${results.machine.chromium}`);

// 1. Build ----------------------------------------------------------------------------------
if (runs('build')) {
  log(`\n## Build: clean \`npx astro build\`, ${BUILD_RUNS} run(s)`);
  const buildRuns: BuildRun[] = [];
  for (let i = 0; i < BUILD_RUNS; i++) {
    const run = await timedBuild();
    buildRuns.push(run);
    log(`  run ${i + 1}: ${run.ok ? seconds(run.ms) : `FAILED after ${seconds(run.ms)}`}`);
    if (!run.ok) {
      log(run.error ?? '');
      break;
    }
  }
  const ok = buildRuns.filter((r) => r.ok);
  results.build = { runs: buildRuns, medianMs: ok.length ? median(ok.map((r) => r.ms)) : undefined };
  if (ok.length === buildRuns.length && existsSync(DIST)) {
    results.build.dist = { ...dirSize(DIST), htmlPages: htmlPages(DIST).length };
  }
  save();
} else if (DIST === 'dist' && !existsSync(fileOf(DIST, '/')) && (runs('pages') || runs('lighthouse') || runs('search'))) {
  log('\n(dist/ is missing: building it once)');
  const run = await timedBuild();
  if (!run.ok) log(run.error ?? '');
}

// 6. The content check alone ------------------------------------------------------------------
if (runs('check')) {
  log(`\n## Content check: \`npm run check-content\` in a fresh process, ${CHECK_RUNS} run(s)`);
  const checkRuns = timedContentCheck(CHECK_RUNS);
  for (const [i, run] of checkRuns.entries())
    log(`  run ${i + 1}: ${run.ok ? '' : 'FAILED '}${millis(run.ms)} wall, ${millis(run.cpuMs)} CPU`);
  results.check = { runs: checkRuns, medianMs: median(checkRuns.map((r) => r.ms)), medianCpuMs: median(checkRuns.map((r) => r.cpuMs)) };
  save();
}

const distBuilt = existsSync(fileOf(DIST, '/'));
if (!distBuilt && (runs('pages') || runs('lighthouse') || runs('search'))) {
  note(`${DIST}/ has no index.html: page, Lighthouse and search figures skipped`);
}

// 2–4. Pages, Lighthouse, search over dist/ ---------------------------------------------------
if (distBuilt && (runs('pages') || runs('lighthouse') || runs('search'))) {
  const server = await serveBench(DIST);
  try {
    if (runs('pages')) {
      log('\n## Pages: cold load, 390×844 @3x, brotli, until the network is quiet');
      const found = htmlPages(DIST);
      const missing = NAMED_PAGES.filter((p) => !found.includes(p));
      for (const p of missing) note(`page ${p} is not in dist/ yet: skipped`);
      const paths = [...NAMED_PAGES.filter((p) => found.includes(p)), ...found.filter((p) => !NAMED_PAGES.includes(p))];
      const browser = await launch();
      const weights: PageWeight[] = [];
      try {
        for (const path of paths) weights.push(await measurePage(browser, server, DIST, path));
      } finally {
        await browser.close();
      }
      results.pages = { viewport: '390x844 @3x, mobile, touch', results: weights, missing };
      save();
    }

    if (runs('lighthouse')) {
      log(`\n## Lighthouse 13: mobile defaults (simulated throttling), median of ${LIGHTHOUSE_RUNS} run(s) per page`);
      const found = htmlPages(DIST);
      const missing = LIGHTHOUSE_PAGES.filter((p) => !found.includes(p));
      for (const p of missing) note(`Lighthouse: ${p} is not in dist/ yet: skipped`);
      const lh: LighthouseMedian[] = [];
      for (const path of LIGHTHOUSE_PAGES.filter((p) => found.includes(p))) {
        const started = performance.now();
        const result = await runLighthouseMedian(server.url, path, LIGHTHOUSE_RUNS);
        lh.push(result);
        const perf = result.runs.map((r) => (r.ok ? String(r.scores.performance ?? '–') : 'failed')).join('/');
        log(
          `  ${path}: ${result.ok ? CATEGORIES.map((c) => `${c} ${result.scores[c] ?? '–'}`).join(', ') : `FAILED: ${result.error}`}` +
            ` (performance by run ${perf}; ${seconds(performance.now() - started)})`,
        );
      }
      results.lighthouse = { runsPerPage: LIGHTHOUSE_RUNS, results: lh, missing };
      save();
    }

    if (runs('search')) {
      log(`\n## Search: "/" then "${QUERY}" on the article, ${SEARCH_RUNS} cold run(s)`);
      const browser = await launch();
      try {
        results.search = await measureSearch(browser, server, DIST, ARTICLE, SEARCH_RUNS);
      } finally {
        await browser.close();
      }
      if (results.search.status !== 'ok') note(`search: ${results.search.status}: ${results.search.note}`);
      save();
    }
  } finally {
    await server.close();
  }
}

// 5. Scale ------------------------------------------------------------------------------------
if (runs('scale')) {
  log(`\n## Scale: synthetic libraries of ${SCALE.join(', ')} article(s)`);
  const browser = await launch();
  const rows: ScaleRow[] = [];
  try {
    for (const n of SCALE) {
      const row = await scaleRun(n, { browser, timeoutMs: SCALE_TIMEOUT_MS, searchRuns: 3, keep: process.env.BENCH_KEEP === '1', log });
      rows.push(row);
      results.scale = rows;
      save();
      log(
        `  N=${n}: ` +
          (row.ok ? `${seconds(row.buildMs)}, ${kb(row.dist?.bytes)} in ${row.dist?.files} files` : `FAILED after ${seconds(row.buildMs)}`),
      );
      if (!row.ok) {
        log(row.error ?? '');
        note(`scale N=${n} did not build: larger N skipped`);
        break;
      }
    }
  } finally {
    await browser.close();
  }
  // The scale builds emptied the build caches; leave nothing else behind.
}

// 5b. Search in a library, without building its pages --------------------------------------
if (runs('searchscale') && distBuilt) {
  log(`\n## Search scale: the search of libraries of ${SCALE.join(', ')} article(s)`);
  const browser = await launch();
  const rows: SearchScaleRow[] = [];
  try {
    for (const n of SCALE) {
      const row = await searchScaleRun(n, { browser, dist: DIST, searchRuns: 3, keep: process.env.BENCH_KEEP === '1', log });
      rows.push(row);
      results.searchScale = rows;
      save();
      const m = row.search?.median;
      log(
        `  N=${n}: ` +
          (row.ok && m ? `index ${seconds(row.indexMs)}, first query ${kb(m.bytes)}, ${millis(m.msFromOpen)}` : `FAILED: ${row.error}`),
      );
    }
  } finally {
    await browser.close();
  }
}

// 6. One big article ------------------------------------------------------------------------
if (runs('bigpage')) {
  log('\n## Big article: 1 MB in 800 paragraphs, time per page');
  const row = await bigArticleRun({ timeoutMs: SCALE_TIMEOUT_MS, keep: process.env.BENCH_KEEP === '1', log });
  results.bigArticle = row;
  save();
  if (row.ok) log(`  built in ${seconds(row.buildMs)}; slowest page ${row.pages[0]?.path} ${millis(row.pages[0]?.ms ?? NaN)}`);
  else {
    log(row.error ?? '');
    note('the big article did not build');
  }
}

// Report ----------------------------------------------------------------------------------
save();
const text: string[] = [];
const md: string[] = [];
const chromium = String(results.machine.chromium).replace(/ built on .*/, '');
const day = results.date.slice(0, 10);
const machineLine = `${results.machine.cpus} CPU (${results.machine.cpuModel}), Node ${process.version}, ${chromium}, ${day}`;
const load = os.loadavg()[1] ?? 0;
if (load > os.cpus().length) {
  note(`the machine was busy (5-minute load average ${load.toFixed(1)} on ${os.cpus().length} CPUs): timings run long`);
}

if (results.build) {
  const b = results.build;
  text.push(
    `Build: clean \`npx astro build\` ${b.medianMs !== undefined ? seconds(b.medianMs) : 'failed'}` +
      ` (median; runs ${b.runs.map((r) => (r.ok ? seconds(r.ms) : 'failed')).join(', ')})`,
    ...(b.dist ? [`dist/: ${kb(b.dist.bytes)} in ${b.dist.files} files, ${b.dist.htmlPages} HTML pages`] : []),
  );
  md.push(
    `**Build** (clean \`npx astro build\`, median of ${b.runs.length}): ${b.medianMs !== undefined ? seconds(b.medianMs) : 'failed'}` +
      `${b.dist ? `; dist/ ${kb(b.dist.bytes)} in ${b.dist.files} files` : ''}.`,
  );
}

if (results.check) {
  const c = results.check;
  text.push(
    `Content check: \`npm run check-content\` ${millis(c.medianMs)} wall, ${millis(c.medianCpuMs)} CPU (median of ${c.runs.length})`,
  );
  md.push(
    '',
    `**Content check** (\`npm run check-content\`, fresh process, median of ${c.runs.length}): ${millis(c.medianMs)} wall, ${millis(c.medianCpuMs)} CPU.`,
  );
}

if (results.pages) {
  const label = (p: string) => (p === '/' ? '/ (home)' : p === ARTICLE ? `${p} (article)` : p);
  const row = (w: PageWeight, name = label(w.path)) => [
    name,
    kb(w.transferBytes),
    String(w.requests),
    kb(w.bytes.html),
    kb(w.bytes.css),
    kb(w.bytes.js),
    kb(w.bytes.font),
    kb(w.bytes.image),
    kb(w.jsOnLoad.raw),
    kb(w.criticalBytes),
  ];
  const head = ['page', 'transfer', 'req', 'HTML', 'CSS', 'JS', 'fonts', 'images', 'JS raw', 'critical'];
  // Entity pages other than the chosen one are summed up as one row (median of each figure).
  const isOtherEntity = (p: string) => /^\/entities\/[^/]+\/$/.test(p) && p !== ENTITY;
  const main = results.pages.results.filter((w) => !isOtherEntity(w.path));
  const others = results.pages.results.filter((w) => isOtherEntity(w.path));
  const rows = main.map((w) => row(w));
  if (others.length) {
    const m = (f: (w: PageWeight) => number) => median(others.map(f));
    const summary: PageWeight = {
      ...others[0]!,
      transferBytes: m((w) => w.transferBytes),
      requests: m((w) => w.requests),
      bytes: {
        html: m((w) => w.bytes.html),
        css: m((w) => w.bytes.css),
        js: m((w) => w.bytes.js),
        font: m((w) => w.bytes.font),
        image: m((w) => w.bytes.image),
        other: m((w) => w.bytes.other),
      },
      jsOnLoad: { compressed: m((w) => w.jsOnLoad.compressed), raw: m((w) => w.jsOnLoad.raw), files: m((w) => w.jsOnLoad.files) },
      criticalBytes: m((w) => w.criticalBytes),
    };
    rows.push(row(summary, `other entity pages (${others.length}, median)`));
  }
  const foot =
    'Everything fetched until load and a quiet network (so JS is the JS on load), as compressed (brotli) bodies; ' +
    'transfer adds headers; JS raw is that JS uncompressed, as the browser parses it; critical is HTML + render-blocking CSS.';
  const missing = results.pages.missing.length ? `Not built yet: ${results.pages.missing.join(', ')}.` : '';
  text.push('', 'Pages (mobile 390×844, cold)', textTable(head, rows), foot, missing);
  md.push('', '**Page weight** (cold load in Chromium at 390×844, served with brotli)', '', markdownTable(head, rows), '', foot);
  if (missing) md.push('', missing);
}

if (results.lighthouse) {
  const head = ['page', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'];
  const rows = results.lighthouse.results.map((r) =>
    r.ok
      ? [
          r.path,
          ...CATEGORIES.map((c) => String(r.scores[c] ?? '–')),
          millis(r.metrics.fcp),
          millis(r.metrics.lcp),
          millis(r.metrics.tbt),
          r.metrics.cls === undefined ? '–' : r.metrics.cls.toFixed(3),
        ]
      : [r.path, 'failed', '', '', '', '', '', '', ''],
  );
  text.push(
    '',
    `Lighthouse 13 (mobile, simulated throttling; median of ${results.lighthouse.runsPerPage} runs by performance)`,
    textTable(head, rows),
  );
  const failing = results.lighthouse.results.flatMap((r) =>
    r.failing.map((f) => `${r.path} ${f.category}: ${f.title} (${f.id}, ${f.score})`),
  );
  if (failing.length) text.push('Audits below 0.9:', ...failing.map((f) => `  ${f}`));
  const perfRuns = results.lighthouse.results.map(
    (r) => `${r.path} ${r.runs.map((x) => (x.ok ? x.scores.performance : 'failed')).join('/')}`,
  );
  text.push(`Performance score of each run (median shown above): ${perfRuns.join('; ')}`);
  const indexes = results.lighthouse.results.flatMap((r) =>
    r.runs.flatMap((x) => (x.benchmarkIndex ? [Math.round(x.benchmarkIndex)] : [])),
  );
  if (indexes.length) text.push(`Lighthouse benchmarkIndex of this machine during the runs: ${indexes.join(', ')}`);
  md.push(
    '',
    `**Lighthouse 13** (mobile preset, simulated throttling; median of ${results.lighthouse.runsPerPage} runs)`,
    '',
    markdownTable(head, rows),
  );
}

if (results.search) {
  const s = results.search;
  const line =
    s.status === 'ok' && s.median
      ? `first query "${s.query}": ${kb(s.median.bytes)} in ${s.median.requests} requests; ` +
        `${millis(s.median.msFromOpen)} from "/" to results (${millis(s.median.msFromFirstLetter)} from the first letter); ` +
        `median of ${s.runs.length}` +
        (s.median.preloadedBytes ? `; ${kb(s.median.preloadedBytes)} of Pagefind already loaded with the page` : '')
      : `n/a${s.note ? ` (${s.note})` : ''}`;
  text.push('', `Search: ${line}`);
  md.push('', `**Search**: ${line}.`);
}

if (results.scale) {
  const head = ['articles', 'build', 'dist size', 'files', 'pages', 'pagefind', 'query bytes', 'query time'];
  const rows = results.scale.map((r) =>
    r.ok
      ? [
          String(r.n),
          seconds(r.buildMs),
          kb(r.dist?.bytes),
          String(r.dist?.files ?? '–'),
          String(r.dist?.htmlPages ?? '–'),
          r.pagefind ? kb(r.pagefind.bytes) : 'n/a',
          r.search?.median ? kb(r.search.median.bytes) : 'n/a',
          r.search?.median ? millis(r.search.median.msFromOpen) : 'n/a',
        ]
      : [String(r.n), `failed (${seconds(r.buildMs)})`, '', '', '', '', '', ''],
  );
  text.push('', 'Scale (synthetic library: the article copied N times; one clean build each)', textTable(head, rows));
  md.push('', '**Scale** (the article duplicated into a library of N; one clean build each)', '', markdownTable(head, rows));
}

if (results.searchScale) {
  const head = ['articles', 'index', 'pagefind', 'query bytes', 'vs 1 article', 'query time'];
  const one = results.searchScale.find((r) => r.n === 1)?.search?.median?.bytes;
  const rows = results.searchScale.map((r) => {
    const m = r.search?.median;
    return r.ok && m
      ? [
          String(r.n),
          seconds(r.indexMs),
          r.pagefind ? kb(r.pagefind.bytes) : 'n/a',
          kb(m.bytes),
          one ? `${(m.bytes / one).toFixed(2)}×` : '–',
          millis(m.msFromOpen),
        ]
      : [String(r.n), 'failed', '', '', '', ''];
  });
  text.push('', "Search scale (the library's index with dist/'s pages)", textTable(head, rows));
  md.push(
    '',
    "**Search scale** (each library's index, built by the site's own code, served with dist/'s pages)",
    '',
    markdownTable(head, rows),
  );
}

if (results.bigArticle?.ok) {
  const big = results.bigArticle;
  const head = ['page', 'render time'];
  const rows = big.pages.slice(0, 8).map((p) => [p.path, millis(p.ms)]);
  const title = `Big article (${kb(big.bytes)} in ${big.paragraphs} paragraphs; build ${seconds(big.buildMs)}), slowest pages`;
  text.push('', title, textTable(head, rows));
  md.push('', `**${title}**`, '', markdownTable(head, rows));
}

if (notes.length) text.push('', 'Notes:', ...notes.map((n) => `- ${n}`));
log('\n==================================================================');
log(`Results  (${machineLine})\n`);
log(text.join('\n'));
log('\nMarkdown for the README:\n');
log('```markdown');
log(`Measured with \`npm run bench\` on ${machineLine}.\n`);
log(md.join('\n'));
log('```');
log(`\nWrote bench-results/latest.json (${seconds(performance.now() - t0)} in all).`);
