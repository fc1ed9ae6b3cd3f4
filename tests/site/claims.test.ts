/**
 * Claims as a reader meets them: marked in the article with a margin item and a marker that
 * opens the whole note (the layout itself: reading.test.ts), listed and filterable on the claims
 * page, and exported for annotation tools with selectors that land on the exact words.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { suiteBrowser, openPage, VIEWPORTS } from '../support/browser.ts';
import { ARTICLE_PATH, page, select, selectAll } from '../support/html.ts';
import { buildEdition } from '../../src/edition/edition.ts';
import { allSources, noteContent } from '../../src/edition/note.ts';
import { h } from 'hastscript';
import { linksToCopy, sourceHref } from '../../src/content/schema.ts';
import { toString as textOf } from 'hast-util-to-string';

const edition = buildEdition();
const article = edition.articles[0]!;
const claimIds = article.claims.map((c) => c.claim.id);

describe('claims in the built HTML', () => {
  const doc = page(ARTICLE_PATH);

  it('every claim is marked in the article, with its margin item, numbered marker and whole note', () => {
    for (const { claim, number } of article.claims) {
      const id = claim.id;
      const mark = select(`mark[data-claim="${id}"]`, doc);
      expect(mark?.properties.ariaDetails, id).toBe(`n${number}`);
      const item = select(`[data-claim-margin="${id}"]`, doc);
      expect(item?.properties.ariaHidden, id).toBe('true');
      expect(select('a, button, input, [tabindex]', item!), `${id}: nothing focusable in the margin item`).toBeUndefined();
      const note = select(`[data-claim-note="${id}"]`, doc);
      expect(note?.properties.id, id).toBe(`n${number}`);
      expect(note?.properties.role, id).toBe('dialog');
      expect(select('.note-h .tag.v', note!), id).toBeTruthy();
      expect(select(`button.mk[popovertarget="n${number}"]`, doc), id).toBeTruthy();
      expect(select(`a[href="/claims/${id}/"]`, note!), id).toBeTruthy();
      if (claim.reviewed) expect(textOf(note!), id).toContain('Reviewed');
    }
  });

  it("every claim's whole note is in the page (JavaScript off reads it); follow-ups and sources are on the claim's page", () => {
    for (const { claim } of article.claims) {
      const note = select(`[data-claim-note="${claim.id}"]`, doc)!;
      const text = textOf(h('p', noteContent(claim)));
      expect(
        selectAll('p', note).map((p) => textOf(p)),
        claim.id,
      ).toContain(text);
    }
    expect(selectAll('.srcs, .fus, [data-claim-details]', doc)).toEqual([]);
  });

  it('every source is cited with its title on the claims page', () => {
    const claimsPage = page('/claims/');
    for (const { claim } of article.claims) {
      const onCard = selectAll(`[data-claim-card="${claim.id}"] .srcs a`, claimsPage).map((a) => [String(a.properties.href), textOf(a)]);
      const sources = allSources(claim);
      // A copy read beside a known original is linked after it, by the copy's publisher.
      expect(onCard, claim.id).toEqual(
        sources.flatMap((s) => [[sourceHref(s), s.title], ...(s.copy && !linksToCopy(s) ? [[s.copy.url, s.copy.publisher]] : [])]),
      );
    }
  });

  it('the claims page lists every claim once, each linking back to its marked words', () => {
    const claims = page('/claims/');
    const cards = selectAll('li.claim', claims);
    expect(cards.map((c) => String(c.properties.dataClaimCard))).toEqual(claimIds);
    for (const card of cards) {
      const id = String(card.properties.dataClaimCard);
      expect(select(`a[href="${ARTICLE_PATH}#claim-${id}"]`, card), id).toBeTruthy();
      expect(select('.tag.v', card), id).toBeTruthy();
    }
  });

  it('the chart counts every claim, and its table says the same', () => {
    const claims = page('/claims/');
    const total = selectAll('.chart-table tfoot td', claims).at(-1)!;
    expect((total.children[0] as { value: string }).value).toBe(String(claimIds.length));
    expect(select('svg.verdict-chart[role="img"][aria-label]', claims)).toBeTruthy();
  });
});

describe('the Web Annotation export', () => {
  const collection = JSON.parse(readFileSync('dist/annotations.jsonld', 'utf8'));
  const plain = readFileSync(`dist${ARTICLE_PATH}text.txt`, 'utf8');

  it('is an AnnotationCollection with one annotation per claim', () => {
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.first.items).toHaveLength(claimIds.length);
  });

  it("each annotation's selectors resolve to the exact quote in the article's plain text", () => {
    const codePoints = [...plain];
    for (const item of collection.first.items) {
      const [quote, position] = item.target.selector;
      const byPosition = codePoints.slice(position.start, position.end).join('');
      expect(byPosition, item.id).toBe(quote.exact);
      const at = plain.indexOf(quote.prefix + quote.exact + quote.suffix);
      expect(at, item.id).toBeGreaterThanOrEqual(0);
      expect(plain.indexOf(quote.prefix + quote.exact + quote.suffix, at + 1), `${item.id} is ambiguous`).toBe(-1);
    }
  });

  it('the plain text is the text a reader sees in the article, paragraph by paragraph', () => {
    const doc = page(ARTICLE_PATH);
    const ids = article.paragraphs.map((p) => p.id);
    const inPage = ids.map((id) => select(`#${id}`, doc)).filter(Boolean);
    expect(inPage).toHaveLength(ids.length);
    expect(plain.trimEnd().split('\n\n')).toEqual(article.paragraphs.map((p) => p.text));
  });
});

describe('notes in Chromium', () => {
  const browser = suiteBrowser();
  const url = () => inject('baseUrl') + ARTICLE_PATH;

  it('at 390 px nothing scrolls sideways, and a note opens and closes by keyboard', async () => {
    const p = await openPage(browser(), { viewport: VIEWPORTS.mobile });
    await p.goto(url());
    expect(await p.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
    const { claim, number } = article.claims[1]!;
    const note = p.locator(`[data-claim-note="${claim.id}"]`);
    await expect.poll(() => note.isVisible()).toBe(false);
    await p.locator(`button.mk[popovertarget="n${number}"]`).focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => note.isVisible()).toBe(true);
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
    await p.keyboard.press('Escape');
    await expect.poll(() => note.isVisible()).toBe(false);
    expect(await p.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(`n${number}`);
    expect(await p.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
  });

  it('with JavaScript off, a note still opens from the marker', async () => {
    const p = await openPage(browser(), { viewport: VIEWPORTS.mobile, javaScriptEnabled: false });
    await p.goto(url());
    const { claim, number } = article.claims[0]!;
    await p.locator(`button.mk[popovertarget="n${number}"]`).click();
    await expect.poll(() => p.locator(`[data-claim-note="${claim.id}"]`).isVisible()).toBe(true);
  });

  it('in print every note is printed', async () => {
    const p = await openPage(browser(), { viewport: VIEWPORTS.desktop });
    await p.goto(url());
    await p.emulateMedia({ media: 'print' });
    const hidden = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-claim-note]')]
        .filter((el) => el.getBoundingClientRect().height === 0 || getComputedStyle(el).display === 'none')
        .map((el) => el.id),
    );
    expect(hidden).toEqual([]);
  });
});

describe('narrowing the claims page, JavaScript off', () => {
  const browser = suiteBrowser();
  let p: Page;
  beforeAll(async () => {
    p = await openPage(browser(), { javaScriptEnabled: false });
  });

  const visible = () =>
    p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('li.claim')].filter((li) => li.offsetParent !== null).map((li) => li.dataset.claimCard),
    );

  it('type and verdict filters combine, the count follows, and an empty pair says so', async () => {
    await p.goto(`${inject('baseUrl')}/claims/`);
    expect(await visible()).toHaveLength(claimIds.length);
    await p.locator('#type-prediction').check();
    const predictions = article.claims.filter((c) => c.claim.type === 'prediction').map((c) => c.claim.id);
    expect(await visible()).toEqual(predictions);
    const verdict = article.claims.find((c) => c.claim.type === 'prediction')!.claim.verdict;
    await p.locator(`#verdict-${verdict}`).check();
    const both = article.claims.filter((c) => c.claim.type === 'prediction' && c.claim.verdict === verdict).map((c) => c.claim.id);
    expect(await visible()).toEqual(both);
    expect(await p.locator('.status:visible').innerText()).toBe(`${both.length} of ${claimIds.length} claims shown`);
    expect(await p.locator('.status:visible').count()).toBe(1);
    // A pair no claim has.
    const verdicts = new Set(article.claims.map((c) => c.claim.verdict));
    const emptyPair = ['fact', 'opinion', 'prediction', 'recommendation']
      .flatMap((t) => [...verdicts].map((v) => [t, v] as const))
      .find(
        ([t, v]) =>
          article.claims.some((c) => c.claim.type === t) && !article.claims.some((c) => c.claim.type === t && c.claim.verdict === v),
      )!;
    await p.locator(`#type-${emptyPair[0]}`).check();
    await p.locator(`#verdict-${emptyPair[1]}`).check();
    expect(await visible()).toEqual([]);
    expect(await p.locator('.status:visible').innerText()).toMatch(/^No .* is judged/);
    await p.locator('#type-all').check();
    await p.locator('#verdict-all').check();
    expect(await visible()).toHaveLength(claimIds.length);
    expect(await p.locator('.status:visible').innerText()).toBe(`${claimIds.length} of ${claimIds.length} claims shown`);
  });
});
