/**
 * Search in real Chromium over the built site: what readers type is found wherever the edition
 * shows it, results come grouped (the op-ed first), each lands on a place that holds the words,
 * and the words are highlighted there.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { suiteBrowser, openPage, VIEWPORTS } from '../support/browser.ts';
import { ARTICLE_PATH, page as builtPage, select } from '../support/html.ts';
import { toString as textOf } from 'hast-util-to-string';
import { buildEdition } from '../../src/edition/edition.ts';
import { plainWords } from '../../src/views/search-records.ts';
import { distinctiveWords } from '../support/search-words.ts';

const DIALOG_INPUT = 'dialog[open] input[type="search"]';

const browser = suiteBrowser();

/** Console errors and uncaught exceptions of the pages the current test opened. */
let errors: string[] = [];
beforeEach(() => {
  errors = [];
});
// Every test below also checks that nothing went wrong in its pages meanwhile.
afterEach(() => {
  expect(errors, 'console errors or uncaught exceptions in the page').toEqual([]);
});

/** A new page on `path` whose console errors and uncaught exceptions go to `errors`. */
async function fresh(path = ARTICLE_PATH, options = {}): Promise<{ page: Page }> {
  const page = await openPage(browser(), { viewport: VIEWPORTS.desktop, ...options });
  page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  await page.goto(inject('baseUrl') + path);
  return { page };
}

interface Shown {
  href: string;
  kind: string;
  group: string;
  marks: string[];
}

/** Types a query into the open search (opening it first) and returns the results shown for it. */
async function search(page: Page, query: string, input = DIALOG_INPUT): Promise<{ status: string; results: Shown[] }> {
  if (input === DIALOG_INPUT && !(await page.locator('dialog.search-dialog[open]').count())) await page.keyboard.press('/');
  await page.locator(input).fill(query);
  // The status names the query once its results are in, so an earlier query's are never read.
  await page.waitForFunction((q) => (document.querySelector('.search-status')?.textContent ?? '').includes(`“${q}”`), query);
  return page.evaluate(() => ({
    status: document.querySelector('.search-status')!.textContent!,
    results: [...document.querySelectorAll('.search-result')].map((li) => ({
      href: li.querySelector('a')!.getAttribute('href')!,
      kind: li.querySelector('.search-kind')!.textContent!,
      group: li.getAttribute('data-group')!,
      marks: [...li.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent!),
    })),
  }));
}

const parsed = new Map<string, ReturnType<typeof builtPage>>();

/** The text of the place a result lands on, read from the built page: the target (and a claim's note). */
function placeText(href: string): string {
  const url = new URL(href, 'http://x');
  if (!parsed.has(url.pathname)) parsed.set(url.pathname, builtPage(url.pathname));
  const tree = parsed.get(url.pathname)!;
  const id = decodeURIComponent(url.hash.slice(1));
  if (!id) return textOf(select('main', tree)!);
  const target = select(`[id="${id}"]`, tree);
  if (!target) return '';
  const note = id.startsWith('claim-') ? select(`[data-claim-note="${id.slice('claim-'.length)}"]`, tree) : undefined;
  return `${textOf(target)} ${note ? textOf(note) : ''}`;
}

const holds = (text: string, word: string) => text.toLowerCase().replace(/\s+/g, ' ').includes(word.toLowerCase());

describe('search finds every word a reader can see', () => {
  // One page for the searches that go nowhere: each types its own query (no test reads
  // another's results), and opening Pagefind once saves a page load and an index per test.
  let shared: Page;
  beforeAll(async () => {
    ({ page: shared } = await fresh());
  });
  afterAll(async () => {
    await shared?.context().close();
  });

  const edition = buildEdition();
  const claims = edition.articles.flatMap((a) => a.claims.map((c) => c.claim));
  const words = distinctiveWords(
    [
      ...claims.map((c) => ({ kind: 'note', text: plainWords(c.note) })),
      ...claims.flatMap((c) => c.followUps.map((f) => ({ kind: 'follow-up', text: plainWords(f.text) }))),
      ...edition.entities.map((e) => ({ kind: 'glossary', text: plainWords(e.bodyHtml) })),
    ],
    14,
  ).slice(0, 40);

  it('forty distinctive words from notes, follow-ups and glossary entries each land on a place that holds them', async () => {
    expect(words).toHaveLength(40);
    const page = shared;
    const missed: string[] = [];
    for (const { word, kind } of words) {
      const { results } = await search(page, word);
      if (!results.some((r) => holds(placeText(r.href), word)))
        missed.push(`${word} (${kind}): ${results.map((r) => r.href).join(', ') || 'nothing'}`);
    }
    expect(missed).toEqual([]);
    // Forty searches in a row: waiting on a busy machine is not a timing check.
  }, 120_000);

  it.each(['SWIFT', 'TaihuLight', 'Hollande', 'petaflop'])('“%s”, only in notes and events, is found', async (word) => {
    const page = shared;
    const { results } = await search(page, word);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) expect(r.marks.map((m) => m.toLowerCase()).join(' ')).toContain(word.toLowerCase());
  });

  it.each(['Izvestia', 'Eurostat'])('“%s” lands only on places that hold it, never on a fragment like “I” or “EU”', async (word) => {
    const page = shared;
    const { results } = await search(page, word);
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(holds(placeText(r.href), word), r.href).toBe(true);
      expect(
        r.marks.every((m) => m.toLowerCase() === word.toLowerCase()),
        r.marks.join(','),
      ).toBe(true);
    }
  });

  it('a made-up word finds nothing, says so and offers the claims and the glossary', async () => {
    const page = shared;
    const { status, results } = await search(page, 'Zorblaxian');
    expect(results).toEqual([]);
    expect(status).toContain('Nothing found for “Zorblaxian”');
    expect(await page.locator('.search-status a[href="/claims/"]').count()).toBe(1);
    expect(await page.locator('.search-status a[href="/entities/"]').count()).toBe(1);
  });

  it('come grouped, the op-ed first in reading order, each with its kind and a claim with its verdict', async () => {
    const page = shared;
    const { results } = await search(page, 'amphibious assault');
    const groups = [...new Set(results.map((r) => r.group))];
    expect(groups.slice(0, 2)).toEqual(['oped', 'glossary']);
    expect(['oped,glossary', 'oped,glossary,timeline']).toContain(groups.join());
    const headings = (await page.locator('dialog[open] .search-group').allTextContents()).map((h) => h.replace(/ \(\d+\)$/, ''));
    expect(headings).toEqual(['In the op-ed', 'Glossary', 'Timeline'].slice(0, groups.length));
    const oped = results.filter((r) => r.group === 'oped');
    // The paragraph that says "amphibious assault" twice comes before the claims after it.
    expect(oped[0]!.kind).toMatch(/^Paragraph \d+$/);
    const numbers = oped.map((r) => Number(/\d+/.exec(r.kind)![0]));
    const paragraphOf = (href: string) => new URL(href, 'http://x').hash;
    expect(new Set(oped.map((r) => paragraphOf(r.href))).size).toBe(oped.length);
    expect(numbers.length).toBeGreaterThan(1);
    for (const r of oped.filter((o) => o.kind.startsWith('Claim')))
      expect(r.kind).toMatch(/^Claim \d+ · (Fact|Opinion|Prediction|Recommendation) · .+/);
    for (const r of results) expect(r.marks.length, `${r.href} has its words marked`).toBeGreaterThan(0);
  });
});

describe('results', () => {
  it('“Wing Loong” finds the paragraph and claim that call it “Pterodactyl I”, and highlights that name there', async () => {
    const { page } = await fresh();
    const { results } = await search(page, 'Wing Loong');
    const paragraph = results.find((r) => r.href.endsWith('#there-are-two-chinese-analogues'));
    expect(paragraph).toBeDefined();
    expect(results.some((r) => r.href.endsWith('#claim-pterodactyl-made-by-avic'))).toBe(true);
    await page.locator(`.search-result a[href="${paragraph!.href}"]`).click();
    await page.waitForURL((u) => u.hash === '#there-are-two-chinese-analogues');
    await expect.poll(() => page.locator('#there-are-two-chinese-analogues .search-hit').allTextContents()).toContain('Pterodactyl I');
    await page.context().close();
  });

  it('a typo finds the word meant and highlights that word where it lands', async () => {
    const { page } = await fresh();
    const { results } = await search(page, 'Tianhe2');
    const claim = results.find((r) => r.href.endsWith('#claim-tianhe-2-fastest'))!;
    expect(claim).toBeDefined();
    await page.locator(`.search-result a[href="${claim.href}"]`).click();
    await page.waitForURL((u) => u.hash === '#claim-tianhe-2-fastest');
    await expect.poll(() => page.locator('#claim-tianhe-2-fastest .search-hit').count()).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('landing', () => {
  it('a claim result opens the note, highlights the words in it, and leaves the permalink in the address', async () => {
    const { page } = await fresh();
    const { results } = await search(page, 'Hollande');
    const claim = results.find((r) => r.href.includes('#claim-'))!;
    await page.locator(`.search-result a[href="${claim.href}"]`).click();
    const id = new URL(claim.href, 'http://x').hash.slice('#claim-'.length);
    await page.waitForURL((u) => u.hash === `#claim-${id}`);
    await expect.poll(() => page.locator(`[data-claim-note="${id}"]`).isVisible()).toBe(true);
    await expect.poll(() => page.locator(`[data-claim-note="${id}"] .search-hit`).count()).toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe(`#claim-${id}`);
    await page.context().close();
  });

  it('a paragraph result lands in view with the words highlighted', async () => {
    const { page } = await fresh();
    const { results } = await search(page, 'amphibious transport docks');
    const target = results.find((r) => r.href.endsWith('#however-china-has-long-been'))!;
    await page.locator(`.search-result a[href="${target.href}"]`).click();
    await page.waitForURL((u) => u.hash === '#however-china-has-long-been');
    await expect.poll(() => page.locator('#however-china-has-long-been .search-hit').count()).toBeGreaterThan(2);
    const box = (await page.locator('#however-china-has-long-been .search-hit').first().boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(VIEWPORTS.desktop.height);
    await page.context().close();
  });
});

describe('the search dialog and page', () => {
  it('opens with / and Ctrl-K; one Escape closes it even with words typed, returning focus', async () => {
    const { page } = await fresh();
    await page.keyboard.press('/');
    await expect.poll(() => page.locator(DIALOG_INPUT).count()).toBe(1);
    await page.locator(DIALOG_INPUT).fill('Mistral');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.search-dialog[open]').count()).toBe(0);
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.evaluate(() => document.activeElement?.matches('dialog[open] input[type="search"]'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog.search-dialog[open]').count()).toBe(0);
    await page.context().close();
  });

  it('results are reachable by keyboard alone', async () => {
    const { page } = await fresh();
    await search(page, 'Mistral');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.search-result') !== null)).toBe(true);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => href!.startsWith(u.pathname));
    await page.context().close();
  });

  it('/search/?q= searches at once in its own field, focused, and keeps the address in step', async () => {
    const { page } = await fresh('/search/?q=Rostec');
    await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').includes('“Rostec”'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-q');
    await page.keyboard.press('/');
    expect(await page.locator('dialog').count()).toBe(0);
    expect(await page.locator('#search-q').count()).toBe(1);
    await search(page, 'CETC', '#search-q');
    expect(new URL(page.url()).searchParams.get('q')).toBe('CETC');
    await page.context().close();
  });

  it('reading loads no search code; the first query, typed letter by letter, fetches under 110 KB with headers', async () => {
    const page = await openPage(browser(), { viewport: VIEWPORTS.desktop });
    const fetched: Array<{ url: string; bytes: number }> = [];
    page.on('requestfinished', async (request) => {
      const sizes = await request.sizes();
      fetched.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    await page.goto(inject('baseUrl') + ARTICLE_PATH);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((f) => /pagefind|search-ui/.test(f.url))).toEqual([]);
    const before = fetched.length;
    await page.keyboard.press('/');
    await page.locator(DIALOG_INPUT).pressSequentially('Pterodactyl', { delay: 60 });
    await page.waitForFunction(() => (document.querySelector('.search-status')?.textContent ?? '').includes('“Pterodactyl”'));
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const query = fetched.slice(before);
    // Search runs on the page, so every request is counted here (a worker's would not be).
    expect(query.filter((f) => f.url.includes('worker'))).toEqual([]);
    expect(query.some((f) => f.url.includes('/pagefind/'))).toBe(true);
    const total = query.reduce((sum, f) => sum + f.bytes, 0);
    // Pagefind's own code is 73 KB of this; the index chunk the word falls in about 16 KB (the
    // index is cut into chunks of 10,000 entries, not Pagefind's 20,000: src/lib/pagefind-chunks.ts).
    expect(total, JSON.stringify(query, null, 1)).toBeLessThan(110 * 1024);
    await page.context().close();
  });

  it('with JavaScript off the search control leads to the claims and the glossary', async () => {
    const page = await openPage(browser(), { javaScriptEnabled: false });
    await page.goto(inject('baseUrl') + ARTICLE_PATH);
    await page.locator('a[data-search-open]').click();
    await page.waitForURL(/\/search\/$/);
    expect(await page.locator('main a[href="/claims/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/entities/"]').count()).toBe(1);
    await page.context().close();
  });
});
