import { describe, expect, it } from 'vitest';
import { claimReview } from '../../src/views/claim-review.ts';
import { build, FIXTURE } from '../support/fixture-edition.ts';

const edition = build(FIXTURE, false);
const article = edition.articles[0]!;
const prepared = article.claims[0]!;

function review(overrides: Partial<typeof prepared.claim> = {}) {
  return claimReview({
    claim: { ...prepared.claim, ...overrides },
    article: article.entry.data,
    url: 'https://example.org/claims/x/',
    publisherName: 'The edition',
    publisherUrl: 'https://example.org/',
    datePublished: '2016-05',
  });
}

describe('a claim’s ClaimReview', () => {
  it('reviews the quoted words as a Claim that appeared in the op-ed, by its author, rated with the verdict’s label', () => {
    const r = review();
    expect(r).toMatchObject({
      '@type': 'ClaimReview',
      url: 'https://example.org/claims/x/',
      claimReviewed: prepared.claim.quote,
      author: { '@type': 'Organization', name: 'The edition', url: 'https://example.org/' },
      reviewRating: { '@type': 'Rating', alternateName: 'Accurate', ratingValue: 5, bestRating: 5, worstRating: 1 },
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: article.entry.data.author.name },
        appearance: { '@type': 'OpinionNewsArticle', url: article.entry.data.originalUrl, datePublished: article.entry.data.datePublished },
      },
    });
  });

  it('gives the review body as plain text, without Markdown', () => {
    const r = review({ note: 'Mostly *right*: see [the list](https://example.org/l) and `Type 071`.' });
    expect(r.reviewBody).toBe('Mostly right: see the list and Type 071.');
  });

  it('dates its last review as dateModified, and rates open verdicts by name only', () => {
    expect(review({ reviewed: '2026-12-01' }).dateModified).toBe('2026-12-01');
    expect(review({ reviewed: undefined }).dateModified).toBeUndefined();
    expect(review({ verdict: 'unresolved' }).reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unresolved' });
  });
});
