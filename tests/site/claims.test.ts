/**
 * Claims as a reader meets them: marked in the article with a note beside (wide) or under
 * (narrow) the words, listed and filterable on the claims page, and exported for annotation
 * tools with selectors that land on the exact words.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, openPage, VIEWPORTS } from '../support/browser.ts';
import { ARTICLE_PATH, page, select, selectAll } from '../support/html.ts';
import { buildEdition } from '../../src/edition/edition.ts';
import { allSources, shortCitation } from '../../src/edition/note.ts';
import { linksToCopy, sourceHref } from '../../src/content/schema.ts';
import { toString } from 'hast-util-to-string';

const edition = buildEdition();
const article = edition.articles[0]!;
const claimIds = article.claims.map((c) => c.claim.id);

describe('claims in the built HTML', () => {
  const doc = page(ARTICLE_PATH);

  it('every claim is marked in the article, with its numbered marker, note and details', () => {
    for (const id of claimIds) {
      const mark = select(`mark[data-claim="${id}"]`, doc);
      expect(mark, id).toBeTruthy();
      const note = select(`[data-claim-note="${id}"]`, doc);
      expect(note?.properties.role, id).toBe('note');
      expect(select('.sn-head .tag.v', note!), id).toBeTruthy();
      expect(select(`button.mk[popovertarget="note-${id}"]`, doc), id).toBeTruthy();
      const details = select(`#more-${id}`, doc);
      expect(select(`a[href="/claims/#claim-${id}"]`, details!), id).toBeTruthy();
      expect(selectAll('.srcs a[href^="http"]', details!).length, id).toBeGreaterThan(0);
    }
  });

  it('every source is linked from its note by publisher and date, and cited with its title on the claims page', () => {
    const claimsPage = page('/claims/');
    for (const { claim } of article.claims) {
      const inNote = selectAll(`#more-${claim.id} .srcs a`, doc).map((a) => [String(a.properties.href), toString(a)]);
      const onCard = selectAll(`[data-claim-card="${claim.id}"] .srcs a`, claimsPage).map((a) => [String(a.properties.href), toString(a)]);
      const sources = allSources(claim);
      expect(inNote, claim.id).toEqual(sources.map((s) => [sourceHref(s), shortCitation(s)]));
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
  let browser: Browser;
  const url = () => inject('baseUrl') + ARTICLE_PATH;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('at 1440 px every note sits in the margin beside its words, and no two notes overlap', async () => {
    const p = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await p.goto(url());
    const boxes = await p.evaluate(() => {
      const text = document.querySelector('.text')!.getBoundingClientRect();
      return [...document.querySelectorAll<HTMLElement>('.oped [data-claim-note]')].map((note) => {
        const id = note.dataset.claimNote!;
        const marks = document.querySelectorAll(`mark[data-claim="${id}"]`);
        const first = marks[0]!.getClientRects()[0]!;
        const n = note.getBoundingClientRect();
        return { id, textRight: text.right, left: n.left, top: n.top + scrollY, bottom: n.bottom + scrollY, height: n.height, markTop: first.top + scrollY };
      });
    });
    expect(boxes).toHaveLength(claimIds.length);
    for (const [i, box] of boxes.entries()) {
      expect(box.height, `${box.id} is shown`).toBeGreaterThan(20);
      expect(box.left, `${box.id} is in the margin`).toBeGreaterThanOrEqual(box.textRight);
      const previous = boxes[i - 1];
      if (previous) expect(box.top, `${box.id} overlaps ${previous.id}`).toBeGreaterThanOrEqual(previous.bottom);
      // Beside its words: level with the line they start on (or the line before, when the
      // words begin a new line: a float cannot start mid-line), lower only when the note
      // before pushed it down.
      const line = 40;
      expect(box.top, `${box.id} starts above its words`).toBeGreaterThanOrEqual(box.markTop - line);
      const pushed = previous && box.top - previous.bottom < 40;
      if (!pushed) expect(box.top - box.markTop, `${box.id} drifted from its words`).toBeLessThan(line);
    }
  });

  it('at 390 px nothing scrolls sideways, and a note opens and closes by keyboard', async () => {
    const p = await openPage(browser, { viewport: VIEWPORTS.mobile });
    await p.goto(url());
    expect(await p.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
    const id = claimIds[1]!;
    const note = p.locator(`[data-claim-note="${id}"]`);
    await expect.poll(() => note.isVisible()).toBe(false);
    await p.locator(`button.mk[popovertarget="note-${id}"]`).focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => note.isVisible()).toBe(true);
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
    // Its follow-ups and sources, then back.
    await p.keyboard.press('Tab');
    await p.keyboard.press('Tab');
    await p.keyboard.press('Escape');
    await expect.poll(() => note.isVisible()).toBe(false);
    expect(await p.evaluate(() => document.activeElement?.getAttribute('popovertarget'))).toBe(`note-${id}`);
    expect(await p.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
  });

  it('with JavaScript off, a note and its sources still open from the marker', async () => {
    const p = await openPage(browser, { viewport: VIEWPORTS.mobile, javaScriptEnabled: false });
    await p.goto(url());
    const id = claimIds[0]!;
    await p.locator(`button.mk[popovertarget="note-${id}"]`).click();
    await expect.poll(() => p.locator(`[data-claim-note="${id}"]`).isVisible()).toBe(true);
    await p.locator(`[data-claim-note="${id}"] .more-btn`).click();
    const details = p.locator(`#more-${id}`);
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.locator('.srcs a').count()).toBeGreaterThan(0);
  });

  it('in print every note is printed, and every note’s sources as an endnote', async () => {
    const p = await openPage(browser, { viewport: VIEWPORTS.desktop });
    await p.goto(url());
    await p.emulateMedia({ media: 'print' });
    const hidden = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-claim-note], [data-claim-details]')]
        .filter((el) => el.getBoundingClientRect().height === 0 || getComputedStyle(el).display === 'none')
        .map((el) => el.id),
    );
    expect(hidden).toEqual([]);
  });
});

describe('narrowing the claims page, JavaScript off', () => {
  let browser: Browser;
  let p: Page;
  beforeAll(async () => {
    browser = await launch();
    p = await openPage(browser, { javaScriptEnabled: false });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const visible = () => p.evaluate(() => [...document.querySelectorAll<HTMLElement>('li.claim')].filter((li) => li.offsetParent !== null).map((li) => li.dataset.claimCard));

  it('type and verdict filters combine, the count follows, and an empty pair says so', async () => {
    await p.goto(inject('baseUrl') + '/claims/');
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
      .find(([t, v]) => article.claims.some((c) => c.claim.type === t) && !article.claims.some((c) => c.claim.type === t && c.claim.verdict === v))!;
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
