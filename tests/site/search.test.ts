/**
 * Search in real Chromium over the built site: what readers type lands them on the paragraph,
 * the claim or the glossary entry they meant, with their words highlighted there.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, VIEWPORTS } from '../support/browser.ts';
import { ARTICLE_PATH } from '../support/html.ts';

type Expect =
  | { url: string }
  /** Every one of the first three results is a claim with these labels. */
  | { labels: string };

const QUERIES: Array<[string, Expect]> = [
  ['Pterodactyl', { url: `${ARTICLE_PATH}#there-are-two-chinese-analogues` }],
  ['Wing Loong', { url: '/entities/wing-loong/' }],
  ['CETC', { url: '/entities/cetc/' }],
  ['Mistral refund', { url: `${ARTICLE_PATH}#claim-mistral-cancelled-and-refunded` }],
  ['supercomputer', { url: `${ARTICLE_PATH}#claim-tianhe-2-fastest` }],
  ['Tianhe', { url: '/entities/tianhe-2/' }],
  ['Rostec', { url: '/entities/rostec/' }],
  ['amphibious transport docks', { url: `${ARTICLE_PATH}#however-china-has-long-been` }],
  ['came true', { labels: 'Came true' }],
  ['predictions that came true', { labels: 'Prediction · Came true' }],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Console errors and uncaught exceptions of the pages the current test opened. */
let errors: string[] = [];
beforeEach(() => {
  errors = [];
});
// Every test below also checks that nothing went wrong in its pages meanwhile.
afterEach(() => {
  expect(errors, 'console errors or uncaught exceptions in the page').toEqual([]);
});

/** A new page whose console errors and uncaught exceptions go to `errors`. */
async function watched(options = {}): Promise<Page> {
  const page = await openPage(browser, { viewport: VIEWPORTS.desktop, ...options });
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  return page;
}

/** The article in a new watched page. */
async function fresh(): Promise<Page> {
  const page = await watched();
  await page.goto(inject('baseUrl') + ARTICLE_PATH);
  return page;
}

/**
 * Opens the search dialog on a fresh page and runs one query. The status line stays empty until
 * a query's results are in, and this is the page's first query, so its first words are ours.
 */
async function search(page: Page, query: string) {
  await page.keyboard.press('/');
  await page.locator('#search-q').fill(query);
  await page.waitForFunction(() => /result|Nothing/.test(document.querySelector('.search-status')?.textContent ?? ''));
  return page.locator('.search-result a').evaluateAll((links) =>
    links.map((a) => ({ href: a.getAttribute('href')!, kind: a.querySelector('.search-kind')!.textContent! })),
  );
}

const place = (href: string) => href.replace(/\?[^#]*/, '');

describe('search lands on the place meant, with no error in the page', () => {
  for (const [query, expected] of QUERIES) {
    it(`“${query}”`, async () => {
      const page = await fresh();
      const results = await search(page, query);
      const top = results.slice(0, 3);
      expect(new Set(results.map((r) => place(r.href))).size, 'no place twice').toBe(results.length);
      if ('labels' in expected) {
        expect(top).toHaveLength(3);
        for (const r of top) expect(r.kind).toContain(expected.labels);
        await page.context().close();
        return;
      }
      const index = top.findIndex((r) => place(r.href) === expected.url);
      expect(index, `${expected.url} in ${JSON.stringify(top)}`).toBeGreaterThanOrEqual(0);
      await page.locator('.search-result a').nth(index).click();
      await page.waitForURL((u) => u.pathname === expected.url.split('#')[0]);
      const fragment = expected.url.split('#')[1];
      // Landed: the place is the target, in view, and the words are highlighted inside it.
      const scope = fragment ? `#${fragment}` : 'main';
      if (fragment) await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(fragment);
      await expect.poll(() => page.locator(`${scope} .search-hit`).count()).toBeGreaterThan(0);
      const box = (await page.locator(`${scope} .search-hit`).first().boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(VIEWPORTS.desktop.height);
      if (fragment?.startsWith('claim-')) {
        await expect.poll(() => page.locator(`[data-claim-note="${fragment.slice(6)}"]`).isVisible()).toBe(true);
      }
      await page.context().close();
    });
  }
});

describe('the search dialog, with no error in the page', () => {
  it('opens with / and Ctrl-K, closes with Escape, returning focus', async () => {
    const page = await fresh();
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.search-dialog[open]').count()).toBe(0);
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('Escape');
    await page.context().close();
  });

  it('results are reachable by keyboard alone', async () => {
    const page = await fresh();
    await search(page, 'Mistral');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.closest('.search-result') !== null);
    expect(first).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => href!.startsWith(u.pathname));
    await page.context().close();
  });

  it('filters narrow the results', async () => {
    const page = await fresh();
    const all = await search(page, 'Mistral');
    expect(new Set(all.map((r) => r.kind.split(' · ')[0])).size).toBeGreaterThan(1);
    await page.locator('.search-more summary').click();
    await page.locator('#search-f-kind').selectOption('Claim');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length !== n, all.length);
    const claims = await page.locator('.search-kind').allTextContents();
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.length).toBeLessThan(all.length);
    for (const kind of claims) expect(kind).toMatch(/^Claim/);
    await page.locator('#search-f-verdict').selectOption('Came true');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length !== n, claims.length);
    for (const kind of await page.locator('.search-kind').allTextContents()) expect(kind).toMatch(/^Claim · .* · Came true$/);
    await page.context().close();
  });

  it('reading loads no search code; the first query fetches under 96 KB, headers included', async () => {
    const page = await watched();
    const fetched: Array<{ url: string; bytes: number }> = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      fetched.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.goto(inject('baseUrl') + ARTICLE_PATH);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((f) => /pagefind|search-ui/.test(f.url))).toEqual([]);
    const before = fetched.length;
    // Typed as a reader types, letter by letter: each prefix may fetch its own part of the index.
    await page.keyboard.press('/');
    await page.locator('#search-q').pressSequentially('Pterodactyl', { delay: 60 });
    await page.waitForSelector('.search-result');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const query = fetched.slice(before);
    // Search runs on the page, so every request is counted here (a worker's would not be).
    expect(query.filter((f) => f.url.includes('worker'))).toEqual([]);
    const total = query.reduce((sum, f) => sum + f.bytes, 0);
    expect(query.some((f) => f.url.includes('/pagefind/'))).toBe(true);
    // 90.6 KB measured on 2026-11-29 (bodies 89.9 KB); the old index, with every claim's quote
    // and every glossary summary whole, was 98 KB.
    expect(total, JSON.stringify(query, null, 1)).toBeLessThan(96 * 1024);
    await page.context().close();
  });

  it('with JavaScript off the search control leads to the claims and the glossary', async () => {
    const page = await watched({ javaScriptEnabled: false });
    await page.goto(inject('baseUrl') + ARTICLE_PATH);
    await page.locator('a[data-search-open]').click();
    await page.waitForURL(/\/search\/$/);
    expect(await page.locator('main a[href="/claims/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/entities/"]').count()).toBe(1);
    await page.context().close();
  });
});
