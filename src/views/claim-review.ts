/**
 * schema.org ClaimReview for each claim (https://schema.org/ClaimReview), so that fact-check
 * readers and search engines can read the verdicts. The rating scale is ours: 5 is "true" and 1
 * "false"; verdicts that are not a judgement of truth (unresolved, unverified, contested) carry
 * only their name, no number, rather than a number that would mislead.
 */
import type { ArticleData, Claim, Verdict } from '../content/schema.ts';
import { VERDICT_LABELS } from '../content/vocabulary.ts';
import { plainText } from '../edition/plain-text.ts';

const RATING_VALUES: Record<Verdict, number | undefined> = {
  accurate: 5,
  'came-true': 5,
  'accurate-at-the-time': 4,
  partly: 3,
  'did-not-happen': 1,
  inaccurate: 1,
  contested: undefined,
  unresolved: undefined,
  unverified: undefined,
};

interface ClaimReviewInput {
  claim: Claim;
  article: ArticleData;
  /** Absolute URL of the claim's own page, where the review is published. */
  url: string;
  publisherName: string;
  publisherUrl: string;
  /** When the review was published: its latest follow-up, else the op-ed's date. */
  datePublished: string;
}

export function claimReview(input: ClaimReviewInput): Record<string, unknown> {
  const { claim, article } = input;
  const value = RATING_VALUES[claim.verdict];
  return {
    '@type': 'ClaimReview',
    url: input.url,
    claimReviewed: claim.quote,
    datePublished: input.datePublished,
    // When it was last checked against the record, if the content says.
    ...(claim.reviewed ? { dateModified: claim.reviewed } : {}),
    author: { '@type': 'Organization', name: input.publisherName, url: input.publisherUrl },
    // Plain text, as schema.org's Text is read: the note's Markdown would reach readers raw.
    reviewBody: plainText(claim.note),
    ...(claim.conclusion ? { headline: claim.conclusion } : {}),
    reviewRating: {
      '@type': 'Rating',
      alternateName: VERDICT_LABELS[claim.verdict].label,
      ...(value === undefined ? {} : { ratingValue: value, bestRating: 5, worstRating: 1 }),
    },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: article.author.name },
      datePublished: article.datePublished,
      // Where the claim was made: the op-ed as its publication printed it.
      appearance: {
        '@type': 'OpinionNewsArticle',
        url: article.originalUrl,
        headline: article.title,
        datePublished: article.datePublished,
        author: { '@type': 'Person', name: article.author.name },
        publisher: { '@type': 'Organization', name: article.publication.name, url: article.publication.url },
      },
    },
  };
}
