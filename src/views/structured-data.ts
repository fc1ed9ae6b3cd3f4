/**
 * schema.org JSON-LD for pages. Kept as plain data builders so that tests can check the
 * fields search engines and link previews rely on.
 */
import type { ArticleData } from '../content/schema.ts';

interface ArticleJsonLdInput {
  data: ArticleData;
  /** Absolute URL of this page. */
  url: string;
  /** Absolute URL of the author's glossary entry, if any. */
  authorUrl?: string;
}

/** The op-ed as an OpinionNewsArticle, based on (isBasedOn) the publication's original. */
export function articleJsonLd({ data, url, authorUrl }: ArticleJsonLdInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'OpinionNewsArticle',
    headline: data.title,
    description: data.description,
    inLanguage: 'en',
    url,
    mainEntityOfPage: url,
    datePublished: data.datePublished,
    author: {
      '@type': 'Person',
      name: data.author.name,
      description: data.author.bio,
      ...(authorUrl ? { url: authorUrl } : {}),
    },
    publisher: { '@type': 'Organization', name: data.publication.name, url: data.publication.url },
    isBasedOn: data.originalUrl,
  };
}

/** Serialises JSON-LD for a `<script>` element: `<` escaped so the text can never close it. */
export function jsonLdText(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
