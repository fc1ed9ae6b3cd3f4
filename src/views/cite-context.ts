/**
 * What every "Cite this" block of an article shares: the article as a citation describes it
 * (its names found in its own text), the edition's date, the citations of the original. Worked
 * out once per article, not once per paragraph: /cite/ shows a block for every paragraph, and
 * scanning the whole text for each made that page's cost grow with paragraphs × text (42 s for a
 * 1 MB article).
 */
import type { PreparedArticle } from '../edition/article.ts';
import { originalCitations, type CitationSet, type CitedArticle } from './citation.ts';
import { latestEventDate, timelineEvents } from './timeline.ts';
import { properNounsIn } from '../lib/title-case.ts';

export interface CiteContext {
  cited: CitedArticle;
  /** The edition's date: its latest follow-up (never the build date). */
  editionDate: string | undefined;
  original: CitationSet;
  /** The paragraph with this id, current or retired. */
  paragraph(id: string): PreparedArticle['paragraphs'][number] | undefined;
}

const cache = new WeakMap<PreparedArticle, CiteContext>();

export function citeContext(article: PreparedArticle): CiteContext {
  let context = cache.get(article);
  if (context) return context;
  const { data } = article.entry;
  const cited: CitedArticle = {
    author: data.author.name,
    title: data.title,
    publication: data.publication.name,
    datePublished: data.datePublished,
    url: data.originalUrl,
    firstAppeared: data.firstAppeared?.publication,
    properNouns: properNounsIn(
      article.paragraphs
        .filter((p) => p.role === 'body')
        .map((p) => p.text)
        .join('\n'),
    ),
  };
  const followUps = timelineEvents({ articles: [article] }).filter((e) => e.kind === 'follow-up');
  const byId = new Map(article.paragraphs.flatMap((p) => [p.id, ...p.aliases].map((id) => [id, p] as const)));
  context = { cited, editionDate: latestEventDate(followUps), original: originalCitations(cited), paragraph: (id) => byId.get(id) };
  cache.set(article, context);
  return context;
}
