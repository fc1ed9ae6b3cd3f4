/**
 * What the views give pages and machines, over the fixture edition: the Web Annotation
 * collection, ClaimReview and article JSON-LD, the verdict chart; and the permalink manifest
 * as `npm run permalinks` rewrites it.
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/edition/edition.ts';
import { recordPermalinks } from '../../src/edition/permalinks.ts';
import { claimReview } from '../../src/views/claim-review.ts';
import { articleJsonLd, jsonLdText } from '../../src/views/structured-data.ts';
import { chartSummary, verdictChartSvg } from '../../src/views/verdict-chart.ts';
import { verdictTally } from '../../src/views/verdict-tally.ts';
import { annotationCollection } from '../../src/views/web-annotation.ts';

const edition = buildEdition({ root: 'tests/fixtures/edition', requireRecordedPermalinks: false });
const article = edition.articles[0]!;
const SITE = 'https://example.org/';

describe('the Web Annotation collection', () => {
  const collection = annotationCollection(edition.articles, { site: SITE, id: `${SITE}annotations.jsonld` });

  it('has one annotation per claim, each pointing at the claim marked in this edition', () => {
    expect(collection.first.items.map((item) => item.via)).toEqual(
      article.claims.map((c) => `${SITE}${article.slug}/#claim-${c.claim.id}`),
    );
  });

  it('selects each quote by its words and by its place in the plain text, counted in code points', () => {
    const codePoints = [...article.plainText];
    for (const [i, item] of collection.first.items.entries()) {
      const [quote, position] = item.target.selector as [
        { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
        { type: 'TextPositionSelector'; start: number; end: number },
      ];
      expect([quote.type, position.type]).toEqual(['TextQuoteSelector', 'TextPositionSelector']);
      const claim = article.claims[i]!.claim;
      expect(quote.exact).toBe(claim.quote);
      expect(codePoints.slice(position.start, position.end).join('')).toBe(claim.quote);
      expect(article.plainText.includes(`${quote.prefix}${quote.exact}${quote.suffix}`)).toBe(true);
    }
  });
});

describe('ClaimReview', () => {
  const review = (verdict: 'accurate' | 'unresolved') => {
    const claim = { ...article.claims[0]!.claim, verdict };
    return claimReview({
      claim,
      article: article.entry.data,
      url: `${SITE}claims/#claim-${claim.id}`,
      publisherName: 'The edition',
      publisherUrl: SITE,
      datePublished: '2016-05',
    }) as { reviewRating: Record<string, unknown>; claimReviewed: string };
  };

  it('rates a verdict of truth on the scale of 1 to 5, with its name', () => {
    expect(review('accurate').reviewRating).toMatchObject({ alternateName: 'Accurate', ratingValue: 5, bestRating: 5, worstRating: 1 });
  });

  it('gives a verdict that judges nothing (unresolved) its name and no number', () => {
    expect(review('unresolved').reviewRating).not.toHaveProperty('ratingValue');
    expect(review('unresolved').claimReviewed).toBe(article.claims[0]!.claim.quote);
  });
});

describe('article JSON-LD', () => {
  it('names the op-ed, its author (with the glossary entry) and the original it is based on', () => {
    const data = article.entry.data;
    const ld = articleJsonLd({ data, url: `${SITE}${article.slug}/`, authorUrl: `${SITE}entities/jane-doe/` });
    expect(ld).toMatchObject({
      '@type': 'OpinionNewsArticle',
      headline: data.title,
      isBasedOn: data.originalUrl,
      author: { name: 'Jane Doe', url: `${SITE}entities/jane-doe/` },
    });
  });

  it('is written so that no text in it can close its <script> element', () => {
    const text = jsonLdText({ headline: 'A </script><script>alert(1)</script> title' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text).headline).toBe('A </script><script>alert(1)</script> title');
  });
});

describe('the verdict chart', () => {
  const tally = verdictTally(edition.articles.flatMap((a) => a.claims.map((c) => c.claim)));
  const svg = fromHtml(verdictChartSvg(tally, { label: chartSummary(tally) }), { fragment: true, space: 'svg' });

  it('has one row per verdict that occurs, each with its number of claims', () => {
    const rows = selectAll('g.row', svg).map((row) => textOf(selectAll('text.num', row)[0]!));
    expect(rows.map(Number).reduce((a, b) => a + b, 0)).toBe(article.claims.length);
    expect(rows.length).toBe(new Set(article.claims.map((c) => c.claim.verdict)).size);
  });

  it('says in words what it shows, for its accessible name', () => {
    expect(chartSummary(tally)).toMatch(new RegExp(`^Claims by verdict, ${article.claims.length} in all: .*accurate 1`));
    expect(selectAll('svg[role="img"][aria-label]', svg)).toHaveLength(1);
  });
});

describe('recording permalinks', () => {
  it('appends new ids after the published ones, adds "moved" when missing, and leaves the input alone', () => {
    const stored = { published: { 'op-ed': ['first-words'] } };
    const { manifest, added } = recordPermalinks(stored, [
      { slug: 'op-ed', unrecorded: ['new-words'] },
      { slug: 'second', unrecorded: ['its-words'] },
    ]);
    expect(added).toBe(2);
    expect(manifest).toEqual({
      published: { 'op-ed': ['first-words', 'new-words'], second: ['its-words'] },
      moved: {},
      claims: { published: [], moved: {} },
      entities: { published: [], moved: {} },
    });
    expect(stored).toEqual({ published: { 'op-ed': ['first-words'] } });
  });
});
