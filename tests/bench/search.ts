/**
 * Search as a reader meets it: on the article page, press `/`, type a query, wait for the first
 * result. Counted at the server: the bytes the first query costs (the search UI's scripts and
 * styles if they load on demand, the wasm, the index chunks, the result fragments). Each run
 * is a cold browser context.
 *
 * The selectors are the site's own search dialog (src/scripts/search-ui.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { BenchServer, LogEntry } from './server.ts';
import { MOBILE } from './pages.ts';
import { median } from './util.ts';

/** The key that opens search. */
export const OPEN_KEY = '/';
/** What the bench types. "Pterodactyl" is in the article and in several glossary entries. */
export const QUERY = 'Pterodactyl';
/** The search field, once search is open. */
export const INPUT_SELECTOR = 'dialog[open] input[type="search"]';
/** One search result, shown. */
export const RESULT_SELECTOR = '.search-result';
/** How long to wait for search to open, and for a result. */
export const OPEN_TIMEOUT_MS = 5_000;
export const RESULT_TIMEOUT_MS = 15_000;

export interface SearchRun {
  /** From pressing `/` to the search field shown (and focused). */
  msToOpen: number;
  /** From pressing `/` to the first result shown. */
  msFromOpen: number;
  /** From the first letter of the query to the first result shown. */
  msFromFirstLetter: number;
  /** Bytes on the wire from pressing `/` until the network is quiet again. */
  bytes: number;
  requests: number;
  byKind: Record<string, number>;
  /** Pagefind files the page had already fetched while loading, before `/`. */
  preloadedBytes: number;
  /** What was fetched after `/`: path, status and bytes on the wire. */
  responses: string[];
}

export interface SearchResult {
  status: 'ok' | 'n/a' | 'error';
  note?: string;
  page: string;
  query: string;
  runs: SearchRun[];
  median?: { msToOpen: number; msFromOpen: number; msFromFirstLetter: number; bytes: number; requests: number; preloadedBytes: number };
}

function pagefindKind(entry: LogEntry): string {
  const p = entry.path;
  if (!p.includes('/pagefind/')) return 'other';
  if (/\/fragment\//.test(p)) return 'fragments';
  if (/\/index\//.test(p) || /\.pf_(meta|index)$/.test(p)) return 'index';
  if (/\.pagefind$/.test(p) || /\.wasm$/.test(p)) return 'wasm';
  if (/\.js$/.test(p)) return 'js';
  if (/\.css$/.test(p)) return 'css';
  if (/\.json$/.test(p)) return 'meta';
  return 'other';
}

export function hasSearch(dist: string): boolean {
  return existsSync(join(dist, 'pagefind'));
}

export async function measureSearch(
  browser: Browser,
  server: BenchServer,
  dist: string,
  pagePath: string,
  runs: number,
): Promise<SearchResult> {
  const result: SearchResult = { status: 'n/a', page: pagePath, query: QUERY, runs: [] };
  if (!hasSearch(dist)) {
    result.note = `no ${join(dist, 'pagefind')}/ (search not built)`;
    return result;
  }
  if (!existsSync(join(dist, pagePath, 'index.html'))) {
    result.note = `${pagePath} is not in ${dist}`;
    return result;
  }
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext(MOBILE);
      try {
        const page = await context.newPage();
        const loadMark = server.log.length;
        await page.goto(server.url + pagePath, { waitUntil: 'load' });
        await server.settle(500);
        const preloadedBytes = server.log
          .slice(loadMark)
          .filter((e) => e.path.includes('/pagefind/'))
          .reduce((sum, e) => sum + e.wireBytes, 0);

        const mark = server.log.length;
        const t0 = performance.now();
        await page.keyboard.press(OPEN_KEY);
        const input = page.locator(INPUT_SELECTOR).first();
        try {
          await input.waitFor({ state: 'visible', timeout: OPEN_TIMEOUT_MS });
        } catch {
          throw new Error(`pressing "${OPEN_KEY}" showed no search field (${INPUT_SELECTOR}) within ${OPEN_TIMEOUT_MS} ms`);
        }
        const focused = await input.evaluate((el) => el === document.activeElement || el.matches(':focus'));
        if (!focused) await input.click();
        const t1 = performance.now();
        await page.keyboard.type(QUERY);
        try {
          await page.locator(RESULT_SELECTOR).first().waitFor({ state: 'visible', timeout: RESULT_TIMEOUT_MS });
        } catch {
          throw new Error(`no result (${RESULT_SELECTOR}) for "${QUERY}" within ${RESULT_TIMEOUT_MS} ms`);
        }
        const t2 = performance.now();
        await server.settle(500);
        // The browser's late favicon fetch is not the query's doing.
        const entries = server.log.slice(mark).filter((e) => !/\/favicon\.[a-z]+$/.test(e.path));
        const byKind: Record<string, number> = {};
        for (const e of entries) byKind[pagefindKind(e)] = (byKind[pagefindKind(e)] ?? 0) + e.wireBytes;
        result.runs.push({
          msToOpen: t1 - t0,
          msFromOpen: t2 - t0,
          msFromFirstLetter: t2 - t1,
          bytes: entries.reduce((sum, e) => sum + e.wireBytes, 0),
          requests: entries.length,
          byKind,
          preloadedBytes,
          responses: entries.map((e) => `${e.status} ${e.path} ${e.wireBytes}`),
        });
      } finally {
        await context.close();
      }
    }
  } catch (error) {
    result.status = 'error';
    result.note = (error as Error).message;
    return result;
  }
  const pick = (key: 'msToOpen' | 'msFromOpen' | 'msFromFirstLetter' | 'bytes' | 'requests' | 'preloadedBytes') =>
    median(result.runs.map((r) => r[key]));
  result.status = 'ok';
  result.median = {
    msToOpen: pick('msToOpen'),
    msFromOpen: pick('msFromOpen'),
    msFromFirstLetter: pick('msFromFirstLetter'),
    bytes: pick('bytes'),
    requests: pick('requests'),
    preloadedBytes: pick('preloadedBytes'),
  };
  return result;
}
