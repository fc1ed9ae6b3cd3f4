/**
 * The claims as a W3C Web Annotation collection (https://www.w3.org/TR/annotation-model/), so that
 * annotation tools can anchor them in other copies of the text. Each target carries two selectors
 * over the article's plain text (its paragraphs joined by blank lines, published beside the
 * article as `text.txt`): a TextQuoteSelector (exact words with some context either side) and a
 * TextPositionSelector (character offsets, counted in Unicode code points as the model asks).
 */
import type { PreparedArticle, PreparedClaim } from '../edition/article.ts';
import { TYPE_LABELS, VERDICT_LABELS } from '../content/vocabulary.ts';
import { articleClaimHref } from '../lib/routes.ts';
import { sourceHref } from '../content/schema.ts';
import { plainText } from '../edition/plain-text.ts';

/** Characters of context on each side of the quote: enough to tell repeated phrases apart. */
const CONTEXT_CHARS = 32;

interface Selectors {
  quote: { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string };
  position: { type: 'TextPositionSelector'; start: number; end: number };
}

/** Code points in `text` before UTF-16 offset `offset`. */
function codePoints(text: string, offset: number): number {
  return [...text.slice(0, offset)].length;
}

/** Both selectors for a claim, over `article.plainText`. */
function selectorsFor(article: PreparedArticle, claim: PreparedClaim): Selectors {
  const base = article.paragraphOffsets[claim.position.paragraph]!;
  const start = base + claim.position.start;
  const end = base + claim.position.end;
  const text = article.plainText;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start: codePoints(text, start), end: codePoints(text, end) },
  };
}

interface CollectionOptions {
  /** Absolute URL of the site root, ending in "/". */
  site: string;
  /** Absolute URL of this collection. */
  id: string;
}

export function annotationCollection(articles: readonly PreparedArticle[], { site, id }: CollectionOptions) {
  const items = articles.flatMap((article) => {
    const source = new URL(article.href, site).href;
    return article.claims.map((claim) => {
      const { quote, position } = selectorsFor(article, claim);
      return {
        id: `${id}#${claim.claim.id}`,
        type: 'Annotation',
        motivation: 'assessing',
        body: [
          {
            type: 'TextualBody',
            purpose: 'assessing',
            value: `${TYPE_LABELS[claim.claim.type].label}: ${VERDICT_LABELS[claim.claim.verdict].label}`,
          },
          // Plain text: tools render a body as they like, so it carries no markup of ours.
          { type: 'TextualBody', purpose: 'commenting', format: 'text/plain', language: 'en', value: plainText(claim.claim.note) },
          ...claim.claim.sources.map((s) => ({ type: 'SpecificResource', purpose: 'linking', source: sourceHref(s) })),
        ],
        target: {
          source,
          selector: [quote, position],
        },
        // Where the claim is shown, marked, in this edition.
        via: new URL(articleClaimHref(article.slug, claim.claim.id), site).href,
      };
    });
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: 'Claims in the op-ed, checked',
    total: items.length,
    first: {
      id: `${id}#page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
}
