/**
 * What search indexes: everything a reader can read, as a few synthetic HTML pages handed to
 * Pagefind (src/integrations/search-index.ts), each section under a heading whose `id` is the
 * place a result lands on:
 *
 * - one page per article, "In the op-ed": each paragraph (landing on its permalink) followed by
 *   each claim anchored in it (landing on its marked words, the whole note opened there): the
 *   claim's labels, quote, conclusion and whole note;
 * - one page per article's timeline: each dated follow-up, landing on its event;
 * - one page per glossary entry: names, kind, summary and the whole entry.
 *
 * Why pages with sections and not a record per place: Pagefind keeps a little metadata for
 * every record, and the first query downloads all of it. With a record per paragraph and claim a
 * library of 200 articles cost 1.9 times the first query of one; with one page per article the
 * metadata hardly grows, and the sections still land on their exact places (Pagefind's
 * sub-results, read from headings with ids).
 *
 * Where a place names an entity by one of its names, the others follow in a short
 * "Also named" line, so that "Wing Loong" finds the paragraph that says "Pterodactyl I".
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { ElementContent } from 'hast';
import type { Edition, PreparedEntity } from '../edition/edition.ts';
import type { PreparedArticle, PreparedMention } from '../edition/article.ts';
import { KIND_LABELS, TYPE_LABELS, VERDICT_LABELS } from '../content/vocabulary.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { TIMELINE_HREF, claimAnchor, paragraphHref } from '../lib/routes.ts';
import { ALSO_NAMED, GROUPS, SCOPE_FILTER, SHARED_SCOPE } from '../lib/search-query.ts';
import { timelineEvents } from './timeline.ts';

/** A synthetic page for Pagefind: its identity, and the HTML it indexes. */
export interface SearchPage {
  url: string;
  html: string;
}

/**
 * Section weights (Pagefind multiplies a word's score by its element's weight): the author's
 * words and the claims' labels and quotes count most, notes and entries normally, the names
 * added for aliases least, so that a passage that says "amphibious assault" outranks a note or
 * entry that mentions it in passing.
 */
const WEIGHT = { heading: '2', oped: '3', note: '1', alias: '0.5' } as const;

/** Markdown or HTML to plain words: tags, emphasis marks and link targets dropped. */
export function plainWords(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first `words` words of `text`, with an ellipsis when cut. */
export function clip(text: string, words: number): string {
  const all = text.split(/\s+/);
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}

function page(url: string, meta: Record<string, string>, filters: Record<string, string>, body: ElementContent[]): SearchPage {
  const tree = h('html', { lang: 'en' }, [
    h('head', [h('title', meta.title ?? url)]),
    h('body', [
      h('main', { dataPagefindBody: '' }, [
        // The `key[content]` form: a value may hold commas, which the `key:value` form splits on.
        ...Object.entries(meta).map(([key, value]) => h('meta', { dataPagefindMeta: `${key}[content]`, content: value })),
        ...Object.entries(filters).map(([key, value]) => h('meta', { dataPagefindFilter: `${key}[content]`, content: value })),
        ...body,
      ]),
    ]),
  ]);
  // The glossary entries' HTML is the edition's own, already sanitised.
  return { url, html: toHtml(tree, { allowDangerousHtml: true }) };
}

/** The names of an entity, its display name first, each once. */
export function entityNames(entity: Pick<PreparedEntity, 'data'>): string[] {
  return [...new Set([entity.data.name, entity.data.shortName, ...entity.data.aliases].filter((n): n is string => Boolean(n)))];
}

/**
 * "Also named: Wing Loong, Pterodactyl I." for each entity that a passage names by some of its
 * names but not all; none otherwise.
 */
export function alsoNamed(text: string, slugs: Iterable<string>, edition: Pick<Edition, 'entity'>): string[] {
  const lines: string[] = [];
  for (const slug of new Set(slugs)) {
    const entity = edition.entity(slug);
    if (!entity) continue;
    // Its short names only (not "Wing Loong (Pterodactyl I)"): every word here is indexed.
    const names = [...new Set([entity.data.shortName ?? entity.data.name, ...entity.data.aliases])];
    // Only where the passage names it, and by fewer than all its names.
    const present = names.filter((name) => text.includes(name));
    if (!present.length || present.length === names.length) continue;
    lines.push(`${ALSO_NAMED} ${names.join(', ')}.`);
  }
  return lines;
}

function aliasParagraphs(lines: string[]): ElementContent[] {
  return lines.map((line) => h('p', { dataPagefindWeight: WEIGHT.alias }, line));
}

/** The entities a stretch of an article names, by the mentions found there. */
function slugsWithin(mentions: readonly PreparedMention[], paragraphId: string, start = 0, end = Infinity): string[] {
  return mentions.filter((m) => m.paragraphId === paragraphId && m.start >= start && m.end <= end).map((m) => m.slug);
}

/** "Claim 7 · Prediction · Came true": the heading of a claim's section, and its result title. */
export function claimHeading(number: number, type: string, verdict: string): string {
  return `Claim ${number} · ${type} · ${verdict}`;
}

/**
 * The op-ed, one page per paragraph: the paragraph (its words weighted above notes), then each
 * claim anchored in it. Small pages keep a first search small: a result's text (a Pagefind
 * "fragment") is fetched per page, and the word positions the index stores stay short.
 */
function opedPages(article: PreparedArticle, edition: Pick<Edition, 'entity'>): SearchPage[] {
  const title = article.entry.data.title;
  return article.paragraphs.map((p) => {
    const body: ElementContent[] = [
      h('h2', { id: p.id, dataPagefindWeight: WEIGHT.heading }, `Paragraph ${p.number}`),
      h('p', { dataPagefindWeight: WEIGHT.oped }, p.text),
      ...aliasParagraphs(alsoNamed(p.text, slugsWithin(article.mentions, p.id), edition)),
    ];
    for (const { claim, number, position } of article.claims.filter((c) => c.paragraphId === p.id)) {
      const note = plainWords(claim.note);
      const conclusion = claim.conclusion ? [h('p', { dataPagefindWeight: WEIGHT.oped }, claim.conclusion)] : [];
      const named = [...slugsWithin(article.mentions, p.id, position.start, position.end), ...claim.entities];
      body.push(
        h(
          'h3',
          { id: claimAnchor(claim.id), dataPagefindWeight: WEIGHT.heading },
          claimHeading(number, TYPE_LABELS[claim.type].label, VERDICT_LABELS[claim.verdict].label),
        ),
        h('p', { dataPagefindWeight: WEIGHT.oped }, `“${claim.quote}”`),
        ...conclusion,
        h('p', { dataPagefindWeight: WEIGHT.note }, note),
        ...aliasParagraphs(alsoNamed(`${claim.quote} ${note}`, named, edition)),
      );
    }
    // The page's address is only its identity: results land on `base` + a section's id.
    return page(
      paragraphHref(article.slug, p.id),
      { title, group: GROUPS.oped, base: article.href, order: String(p.number).padStart(4, '0') },
      { [SCOPE_FILTER]: article.slug },
      body,
    );
  });
}

/**
 * The article's timeline events, one page: each event a section landing on its place on the
 * timeline. One page, not one per year: in a library every page adds to the metadata each first
 * search fetches, and an article's events are few enough to fetch as one.
 */
function timelinePage(article: PreparedArticle, edition: Edition): SearchPage[] {
  const events = timelineEvents({ articles: [article] }).filter((e) => e.kind === 'follow-up');
  if (!events.length) return [];
  const body: ElementContent[] = [];
  for (const event of events) {
    const claim = article.claims.find((c) => c.claim.id === event.claimId);
    const text = plainWords(event.text);
    body.push(
      h('h2', { id: event.id, dataPagefindWeight: WEIGHT.heading }, `${formatPartialDate(event.date)} · Claim ${event.claimNumber}`),
      h('p', { dataPagefindWeight: WEIGHT.note }, text),
      ...aliasParagraphs(alsoNamed(text, claim?.claim.entities ?? [], edition)),
    );
  }
  // The page's address is only its identity: results land on `base` + an event's id.
  return [
    page(
      `${TIMELINE_HREF}${article.slug}/`,
      { title: 'What happened next', group: GROUPS.timeline, base: TIMELINE_HREF },
      { [SCOPE_FILTER]: article.slug },
      body,
    ),
  ];
}

function glossaryPage(entity: PreparedEntity): SearchPage {
  const names = entityNames(entity);
  const kind = KIND_LABELS[entity.data.kind].label;
  const body: ElementContent[] = [
    h('h1', { dataPagefindWeight: WEIGHT.heading }, entity.data.name),
    h('p', { dataPagefindWeight: WEIGHT.oped }, `${kind}. ${names.length > 1 ? `${ALSO_NAMED} ${names.join(', ')}.` : ''}`),
    h('p', plainWords(entity.data.summary)),
    h('div', { dataPagefindWeight: WEIGHT.note }, [{ type: 'raw', value: withoutIds(entity.bodyHtml) }]),
  ];
  return page(
    entity.href,
    { title: entity.data.name, group: GROUPS.glossary, kind, base: entity.href },
    { [SCOPE_FILTER]: SHARED_SCOPE },
    body,
  );
}

/** The entry's own headings would split it into sections; it is one place, its page. */
function withoutIds(html: string): string {
  return html.replace(/\sid="[^"]*"/g, '');
}

/** Every page search indexes, articles first, then their timelines, then the glossary. */
export function searchPages(edition: Edition): SearchPage[] {
  return [
    ...edition.articles.flatMap((article) => opedPages(article, edition)),
    ...edition.articles.flatMap((article) => timelinePage(article, edition)),
    ...edition.entities.map(glossaryPage),
  ];
}
