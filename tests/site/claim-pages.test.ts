/**
 * A page per claim, as readers and link previews meet it: every claim has `/claims/<id>/` with
 * exactly one ClaimReview quoting the op-ed word for word and naming the verdict; every card is
 * a 1200×630 PNG that the pages' og:image points at; copy controls copy and say so; the sitemap
 * lists every page and the 404 page passes axe.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { suiteBrowser, VIEWPORTS } from '../support/browser.ts';
import { checkPages } from '../support/axe.ts';
import { ARTICLE_PATH, page, select, selectAll } from '../support/html.ts';
import { builtPages } from '../support/pages.ts';
import { buildEdition } from '../../src/edition/edition.ts';
import { VERDICT_LABELS } from '../../src/content/vocabulary.ts';
import { toString as textOf } from 'hast-util-to-string';

const edition = buildEdition();
const article = edition.articles[0]!;
const claims = article.claims.map((c) => c.claim);
const plainText = readFileSync(`dist${ARTICLE_PATH}text.txt`, 'utf8');

// biome-ignore lint/suspicious/noExplicitAny: JSON-LD is read field by field, as a reader of it would.
function jsonLdOf(path: string): Array<Record<string, any>> {
  return selectAll('script[type="application/ld+json"]', page(path)).map((s) => JSON.parse((s.children[0] as { value: string }).value));
}

function meta(path: string, key: string): string | undefined {
  const found = selectAll('meta', page(path)).find((m) => m.properties.name === key || m.properties.property === key);
  return found ? String(found.properties.content) : undefined;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const head = readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
}

describe('claim pages', () => {
  it('every claim has its page, with exactly one ClaimReview that quotes the op-ed word for word and names the verdict', () => {
    for (const claim of claims) {
      const path = `/claims/${claim.id}/`;
      const reviews = jsonLdOf(path).filter((d) => d['@type'] === 'ClaimReview');
      expect(reviews, path).toHaveLength(1);
      const review = reviews[0]!;
      expect(review.claimReviewed).toBe(claim.quote);
      expect(plainText.includes(review.claimReviewed), `${claim.id}: quote in the op-ed`).toBe(true);
      expect(review.reviewRating.alternateName).toBe(VERDICT_LABELS[claim.verdict].label);
      expect(review.url).toMatch(new RegExp(`^https?://[^/]+/claims/${claim.id}/$`));
      expect(review.author).toMatchObject({ '@type': 'Organization', name: 'Kashin 2014, annotated' });
      expect(review.itemReviewed).toMatchObject({
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Vasily Kashin' },
        appearance: {
          '@type': 'OpinionNewsArticle',
          url: article.entry.data.originalUrl,
          datePublished: '2014-10-05',
          author: { name: 'Vasily Kashin' },
        },
      });
      // Plain text: no Markdown emphasis, code or link syntax reaches readers of the field.
      expect(review.reviewBody, claim.id).not.toMatch(/\*|`|\]\(|<[a-z]/);
      expect(review.reviewBody.length, claim.id).toBeGreaterThan(40);
      if (claim.reviewed) expect(review.dateModified).toBe(claim.reviewed);
    }
  });

  it('shows the words in their paragraph, the verdict, the conclusion, the note, every source and its neighbours', () => {
    for (const [i, claim] of claims.entries()) {
      const doc = page(`/claims/${claim.id}/`);
      expect(textOf(select('mark[data-claim]', doc)!), claim.id).toBe(claim.quote);
      expect(select(`a[href="${ARTICLE_PATH}#claim-${claim.id}"]`, doc), claim.id).toBeTruthy();
      expect(textOf(select('.cp-labels .tag.v', doc)!)).toBe(VERDICT_LABELS[claim.verdict].label);
      if (claim.conclusion) expect(textOf(select('h1', doc)!)).toContain(claim.conclusion);
      const sourceUrls = selectAll('.cp-sources > li', doc);
      expect(sourceUrls.length, claim.id).toBeGreaterThanOrEqual(claim.sources.length);
      expect(Boolean(select('a[rel="prev"]', doc)), claim.id).toBe(i > 0);
      expect(Boolean(select('a[rel="next"]', doc)), claim.id).toBe(i < claims.length - 1);
      // The history strip: one segment per recorded verdict (one when none is recorded), the last the current verdict.
      const segments = selectAll('svg.verdict-strip rect.seg', doc);
      expect(segments.length, claim.id).toBe(claim.history?.length || 1);
      expect(String(segments.at(-1)!.properties.className)).toContain(`v-${claim.verdict}`);
      if (claim.reviewed) expect(textOf(select('.cp-reviewed', doc)!)).toMatch(/^Reviewed \d{1,2} \w+ \d{4}\.$/);
    }
  });

  it('the claims list links every claim to its page', () => {
    const list = page('/claims/');
    for (const claim of claims) {
      expect(select(`[data-claim-card="${claim.id}"] a[href="/claims/${claim.id}/"]`, list), claim.id).toBeTruthy();
    }
    expect(jsonLdOf('/claims/').filter((d) => d['@type'] === 'ClaimReview' || d['@graph'])).toEqual([]);
  });
});

describe('link-preview cards', () => {
  it('every card exists as a 1200×630 PNG', () => {
    const cards = [
      'dist/cards/edition.png',
      `dist/cards/articles/${article.slug}.png`,
      ...claims.map((c) => `dist/cards/claims/${c.id}.png`),
    ];
    for (const file of cards) expect(pngSize(file), file).toEqual({ width: 1200, height: 630 });
  });

  it('every og:image is an absolute address of a built file, described, with a large-image card on claim pages, home and article', () => {
    const withImage = builtPages().filter((path) => meta(path, 'og:image'));
    for (const path of ['/', ARTICLE_PATH, ...claims.map((c) => `/claims/${c.id}/`)]) expect(withImage, path).toContain(path);
    for (const path of withImage) {
      const image = new URL(meta(path, 'og:image')!);
      expect(image.protocol, path).toMatch(/^https?:$/);
      expect(existsSync(`dist${image.pathname}`), `${path} → ${image.pathname}`).toBe(true);
      expect(meta(path, 'og:image:alt')?.length, path).toBeGreaterThan(20);
      expect(meta(path, 'twitter:card'), path).toBe('summary_large_image');
    }
    expect(new URL(meta(`/claims/${claims[0]!.id}/`, 'og:image')!).pathname).toBe(`/cards/claims/${claims[0]!.id}.png`);
  });
});

describe('site basics', () => {
  it('the sitemap lists every page but the 404, and robots.txt names it', () => {
    const index = readFileSync('dist/sitemap-index.xml', 'utf8');
    const listed = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].flatMap((m) =>
      [...readFileSync(`dist${new URL(m[1]!).pathname}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((l) => new URL(l[1]!).pathname),
    );
    expect(listed.sort()).toEqual(
      builtPages()
        .filter((p) => p !== '/404.html')
        .sort(),
    );
    expect(readFileSync('dist/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap-index\.xml$/m);
  });

  it('the 404 page is in the site’s layout, with search and the main links', () => {
    const doc = page('/404.html');
    expect(select('form[action="/search/"] input[name="q"]', doc)).toBeTruthy();
    for (const href of ['/', '/claims/', '/entities/', ARTICLE_PATH]) expect(select(`main a[href="${href}"]`, doc), href).toBeTruthy();
    expect(select('header.site-head', doc)).toBeTruthy();
  });
});

describe('in Chromium', () => {
  const browser = suiteBrowser();

  it('the 404 page passes axe at 1440 and 390 px, light and dark', { timeout: 60_000 }, () => checkPages(browser(), ['/404.html']));

  it('¶ and "Copy link" copy the permalink and say so; "Copy quote" copies the words with their source', { timeout: 60_000 }, async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
    const base = inject('baseUrl');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const p = await context.newPage();
    const clipboard = () => p.evaluate(() => navigator.clipboard.readText());

    await p.goto(base + ARTICLE_PATH);
    const paragraph = article.paragraphs[2]!;
    await p.locator(`#${paragraph.id} a.pilcrow`).click();
    const status = p.locator('[role="status"].share-status');
    await expect.poll(() => status.textContent()).toBe('Link copied');
    expect(await status.isVisible()).toBe(true);
    expect(await clipboard()).toBe(`${base}${ARTICLE_PATH}#${paragraph.id}`);

    const claim = claims[5]!;
    await p.goto(`${base}/claims/${claim.id}/`);
    await p.locator('.cp-share a[data-copy-link]').click();
    await expect.poll(() => p.locator('[role="status"]').textContent()).toBe('Link copied');
    expect(await clipboard()).toBe(`${base}/claims/${claim.id}/`);
    await p.locator('.cp-share a[data-copy-quote]').click();
    await expect.poll(() => p.locator('[role="status"]').textContent()).toMatch(/^Quote copied/);
    const quote = await clipboard();
    expect(quote).toContain(`“${claim.quote}”`);
    expect(quote).toContain('Vasily Kashin');
    expect(quote.endsWith(`/claims/${claim.id}/`)).toBe(true);
    expect(p.url()).toBe(`${base}/claims/${claim.id}/`);
    await context.close();
  });

  it('with JavaScript off, the copy controls are plain links', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    const claim = claims[0]!;
    await p.goto(`${inject('baseUrl')}/claims/`);
    await p.locator(`[data-claim-card="${claim.id}"] a[data-copy-link]`).click();
    await p.waitForURL(new RegExp(`/claims/${claim.id}/$`));
    await context.close();
  });

  it('selecting words in the op-ed offers a link that lands on them', { timeout: 60_000 }, async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
    const base = inject('baseUrl');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    const p = await context.newPage();
    await p.goto(base + ARTICLE_PATH);
    const paragraph = article.paragraphs[0]!;
    const words = paragraph.text.split(/\s+/).slice(1, 4).join(' ');
    // Select three words of the first paragraph as a reader would, then release the mouse.
    await p.evaluate((w) => {
      const p0 = document.querySelector('.oped .text > p')!;
      const walker = document.createTreeWalker(p0, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(w);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + w.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error('words not found');
    }, words);
    await p.locator('.oped .text > p').first().dispatchEvent('pointerup');
    const offer = p.locator('button.share-offer');
    await expect.poll(() => offer.isVisible()).toBe(true);
    await offer.click();
    await expect.poll(() => p.locator('[role="status"]').textContent()).toBe('Link to the selected words copied');
    const link = await p.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(
      `${base}${ARTICLE_PATH}#${paragraph.id}:~:text=${encodeURIComponent(words).replace(/-/g, '%2D').replace(/,/g, '%2C')}`,
    );
    await context.close();
  });
});
