/**
 * What a claim's own page shows (`/claims/<id>/`): the claim's words in their paragraph, its
 * type, verdict and conclusion, the whole note, what happened next, every source cited in full,
 * the entities it names, its neighbours, its verdict over time, and how to cite and share it.
 * Pure data for the page; the page only renders it.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Edition } from '../edition/edition.ts';
import type { PreparedArticle, PreparedClaim } from '../edition/article.ts';
import { followUpList, markExternalLinks, noteContent, EXTERNAL, allSources } from '../edition/note.ts';
import { toHtml } from '../edition/processor.ts';
import type { Claim, Source } from '../content/schema.ts';
import { KIND_LABELS, THEME_LABELS, TYPE_LABELS, VERDICT_LABELS } from '../content/vocabulary.ts';
import { comparePartialDates, formatPartialDate } from '../lib/dates.ts';
import { articleClaimHref, claimCardHref, claimPageHref, entityHref, paragraphHref } from '../lib/routes.ts';
import { paragraphLabel } from './glossary.ts';
import { eventsForClaim, quoteExcerpt } from './timeline.ts';
import { verdictStrip, verdictStripSvg, type VerdictStrip } from './verdict-history.ts';

export interface ClaimLink {
  id: string;
  number: number;
  href: string;
  excerpt: string;
}

export interface ClaimPageView {
  claim: Claim;
  number: number;
  /** Claims in the article, for "Claim 3 of 53". */
  total: number;
  article: PreparedArticle;
  href: string;
  cardHref: string;
  typeLabel: string;
  verdictLabel: string;
  verdictDefinition: string;
  themeLabel: string;
  /** The one-line takeaway, when the content gives one. */
  conclusion?: string;
  /** The paragraph the words stand in, split around them. */
  paragraph: { number: number; label: string; href: string; before: string; quote: string; after: string };
  /** The marked words in the article. */
  inArticleHref: string;
  noteHtml: string;
  followUpsHtml: string;
  /** Each follow-up's place on the timeline. */
  timeline: Array<{ date: string; label: string; href: string }>;
  /** Every source, the follow-ups' included, each as a full citation (HTML). */
  sources: string[];
  entities: Array<{ name: string; href: string; kind: string }>;
  previous?: ClaimLink;
  next?: ClaimLink;
  reviewed?: string;
  corrections: Array<{ date: string; text: string }>;
  strip: VerdictStrip;
  stripSvg: string;
  /** "“…words…” (Vasily Kashin, The Moscow Times, 5 October 2014). <url>": for pasting. */
  copyQuote: (pageUrl: string) => string;
}

/**
 * A source cited in full: title (linked; in its language), publisher, date, and when the
 * address is someone else's copy, whose copy it is and where.
 */
export function fullSourceCitation(source: Source): ElementContent[] {
  const url = source.url;
  const title: Element = h('cite', source.lang ? { lang: source.lang } : {}, source.title);
  const parts: ElementContent[] = [
    url ? h('a', { href: url, ...EXTERNAL }, [title]) : title,
    { type: 'text', value: `, ${source.publisher}` },
  ];
  if (source.date) parts.push({ type: 'text', value: ', ' }, h('time', { dateTime: source.date }, formatPartialDate(source.date)));
  else parts.push({ type: 'text', value: ', n.d.' });
  if (source.copy) {
    parts.push({ type: 'text', value: '; read in a copy by ' }, h('a', { href: source.copy.url, ...EXTERNAL }, source.copy.publisher));
  }
  // One full stop at the end, never two ("n.d." has its own).
  const last = parts.at(-1)!;
  if (!(last.type === 'text' && last.value.endsWith('.'))) parts.push({ type: 'text', value: '.' });
  return parts;
}

/** The span a verdict strip covers: from the article's date to the edition's latest review. */
export function historySpan(edition: Pick<Edition, 'articles'>, article: PreparedArticle): { start: string; end: string } {
  const dates = edition.articles.flatMap((a) =>
    a.claims.flatMap(({ claim }) => [claim.reviewed, ...(claim.history ?? []).map((h) => h.date), ...claim.followUps.map((f) => f.date)]),
  );
  const end =
    dates
      .filter((d): d is string => d !== undefined)
      .sort(comparePartialDates)
      .at(-1) ?? article.entry.data.datePublished;
  return { start: article.entry.data.datePublished, end };
}

function link(prepared: PreparedClaim | undefined): ClaimLink | undefined {
  if (!prepared) return undefined;
  return {
    id: prepared.claim.id,
    number: prepared.number,
    href: claimPageHref(prepared.claim.id),
    excerpt: quoteExcerpt(prepared.claim.quote, 8),
  };
}

export function claimPage(edition: Edition, article: PreparedArticle, prepared: PreparedClaim): ClaimPageView {
  const { claim, number } = prepared;
  const { data } = article.entry;
  const paragraph = article.paragraphs.find((p) => p.id === prepared.paragraphId)!;
  const index = article.claims.indexOf(prepared);
  const strip = verdictStrip(claim, historySpan(edition, article), `The verdict as it stands; no earlier one is recorded.`);
  return {
    claim,
    number,
    total: article.claims.length,
    article,
    href: claimPageHref(claim.id),
    cardHref: claimCardHref(claim.id),
    typeLabel: TYPE_LABELS[claim.type].label,
    verdictLabel: VERDICT_LABELS[claim.verdict].label,
    verdictDefinition: VERDICT_LABELS[claim.verdict].definition,
    themeLabel: THEME_LABELS[claim.theme],
    conclusion: claim.conclusion,
    paragraph: {
      number: paragraph.number,
      label: paragraphLabel(paragraph),
      href: paragraphHref(article.slug, paragraph.id),
      before: paragraph.text.slice(0, prepared.position.start),
      quote: paragraph.text.slice(prepared.position.start, prepared.position.end),
      after: paragraph.text.slice(prepared.position.end),
    },
    inArticleHref: articleClaimHref(article.slug, claim.id),
    noteHtml: toHtml(noteContent(claim)),
    followUpsHtml: claim.followUps.length ? toHtml(followUpList(claim)) : '',
    // Where the timeline shows them: an event several claims share is one entry there.
    timeline: eventsForClaim(edition, claim.id).map((e) => ({ date: e.date, label: formatPartialDate(e.date), href: e.timelineHref })),
    sources: allSources(claim).map((source) => toHtml(markExternalLinks(fullSourceCitation(source)))),
    entities: claim.entities
      .map((slug) => edition.entity(slug))
      .filter((e) => e !== undefined)
      .map((e) => ({ name: e.data.name, href: entityHref(e.slug), kind: KIND_LABELS[e.data.kind].label })),
    previous: link(article.claims[index - 1]),
    next: link(article.claims[index + 1]),
    reviewed: claim.reviewed,
    corrections: claim.corrections ?? [],
    strip,
    stripSvg: toHtml(verdictStripSvg(strip), { space: 'svg' }),
    copyQuote: (pageUrl) =>
      `“${claim.quote}” (${data.author.name}, “${data.title}”, ${data.publication.name}, ${formatPartialDate(data.datePublished)}). ${pageUrl}`,
  };
}
