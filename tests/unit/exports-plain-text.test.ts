/**
 * Exports carry text, not markup (issue 16): `/annotations.jsonld` and the claims page's
 * ClaimReview give each note as the plain text a reader sees, so a tool that renders them
 * shows no Markdown syntax and can never be handed a script or a `javascript:` link.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE, build, fixtureEdition, replaceOnce } from '../support/fixture-edition.ts';
import { annotationCollection } from '../../src/views/web-annotation.ts';
import { claimReview } from '../../src/views/claim-review.ts';
import type { PreparedArticle } from '../../src/edition/article.ts';

const MARKDOWN_NOTE = 'The *Rainbow* drone costs [very **little**](https://example.org/p), about `$5`.';
const SEEN = 'The Rainbow drone costs very little, about $5.';
const HOSTILE = 'Cheap [x](javascript:alert(2)) <script>alert(1)</script><img src=x onerror=alert(3)>';

function exported(article: PreparedArticle) {
  const claim = article.claims[0]!;
  const [annotation] = annotationCollection([article], { site: 'https://example.org/', id: 'https://example.org/annotations.jsonld' }).first
    .items;
  const comment = annotation!.body.find((b) => 'purpose' in b && b.purpose === 'commenting') as { format: string; value: string };
  const review = claimReview({
    claim: claim.claim,
    article: article.entry.data,
    url: 'https://example.org/claims/#claim-x',
    publisherName: 'Edition',
    publisherUrl: 'https://example.org/',
    datePublished: '2014-10-05',
  });
  return { comment, reviewBody: review.reviewBody as string };
}

describe('exported notes are plain text', () => {
  const article = build(fixtureEdition({ [ARTICLE]: replaceOnce('note: The Rainbow drone costs little.', `note: "${MARKDOWN_NOTE}"`) }))
    .articles[0]!;

  it('in /annotations.jsonld, declared as text/plain', () => {
    const { comment } = exported(article);
    expect(comment.format).toBe('text/plain');
    expect(comment.value).toBe(SEEN);
  });

  it("in the ClaimReview's reviewBody", () => {
    expect(exported(article).reviewBody).toBe(SEEN);
  });

  it('with nothing a renderer could run, whatever the note holds', () => {
    const hostile = { ...article, claims: [{ ...article.claims[0]!, claim: { ...article.claims[0]!.claim, note: HOSTILE } }] };
    const { comment, reviewBody } = exported(hostile);
    for (const text of [comment.value, reviewBody]) {
      expect(text).toContain('Cheap x');
      expect(text).not.toMatch(/<script|javascript:|onerror|<img/i);
    }
  });
});
