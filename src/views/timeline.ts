/**
 * The "What happened next" timeline as data: every dated follow-up of every claim, plus each
 * article's own publication, as one chronological list of events with stable ids and links.
 * Pure: it reads prepared articles (or anything shaped like them) and renders nothing.
 *
 * Order. Events sort by date with {@link comparePartialDates}, the rule the whole edition uses:
 * a less precise date sorts before a more precise one in the same period, so "2015" comes
 * before "2015-03", which comes before "2015-03-10". A year-only event ("trade fell 28% in
 * 2015") is thus read as "in 2015" and heads that year, rather than being guessed into a month.
 * Events on the same date keep a fixed order: the article's publication first (it is the
 * reference point of everything else), then claims in reading order, then each claim's
 * follow-ups in the order they are written.
 *
 * Ids. A follow-up's id is `event-<claim id>-<n>`, n being its 1-based place in the claim's
 * `followUps` as written (not its place on the timeline, which moves as events are added), so
 * that claims can link to their events. An article's publication is `event-<slug>-published`.
 *
 * One event, one entry. An event that bears on several claims is written in each of them with
 * the same date and the same text; the timeline shows it once, under the id and theme of the
 * first claim (in reading order) that records it, listing every claim it bears on.
 */
import type { Claim, Theme } from '../content/schema.ts';
import { comparePartialDates, parsePartialDate } from '../lib/dates.ts';
import { articleClaimHref, timelineEventHref } from '../lib/routes.ts';

/** What the timeline needs of a claim (a PreparedClaim fits). */
export interface TimelineClaimInput {
  claim: Pick<Claim, 'id' | 'quote' | 'theme' | 'followUps'>;
  /** 1-based, in reading order. */
  number: number;
}

/** What the timeline needs of an article (a PreparedArticle fits). */
export interface TimelineArticleInput {
  slug: string;
  href: string;
  entry: {
    data: {
      title: string;
      datePublished: string;
      author: { name: string };
      publication: { name: string };
      firstAppeared?: { publication: string };
    };
  };
  claims: readonly TimelineClaimInput[];
}

/** What the timeline needs of the edition (an Edition fits). */
export interface TimelineEditionInput {
  articles: readonly TimelineArticleInput[];
}

interface EventBase {
  /** Unique on the page; the fragment of {@link TimelineEvent.timelineHref}. */
  id: string;
  /** As precise as the record allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  /** The year it falls in, for the year markers. */
  year: number;
  /** Where it leads: the article, or the claim's marked words in it. */
  href: string;
  /** Where it sits on the timeline page, for links back from claims. */
  timelineHref: string;
  articleSlug: string;
}

/** An article's own publication: the point the story is told from. */
export interface PublishedEvent extends EventBase {
  kind: 'published';
  title: string;
  author: string;
  publication: string;
  /** Where the piece first appeared, when it is a reprint. */
  firstAppeared?: string;
}

/** A claim an event bears on, for its links. */
export interface EventClaim {
  id: string;
  number: number;
  quote: string;
  /** The claim's marked words in the article. */
  href: string;
}

/** A follow-up of a claim: something that happened, bearing on it (and maybe on others). */
export interface FollowUpEvent extends EventBase {
  kind: 'follow-up';
  /** What happened, inline Markdown as written in the content. */
  text: string;
  /** The event's own theme if it has one, else its claim's. */
  theme: Theme;
  /** Whether the theme is the event's own (true) or inherited from its claim (false). */
  ownTheme: boolean;
  claimId: string;
  claimNumber: number;
  claimQuote: string;
  /** 1-based place among the claim's follow-ups as written. */
  index: number;
  /**
   * Every claim that records this event (same date, same text), in reading order; the first
   * is the one above (`claimId`, `href`).
   */
  claims: EventClaim[];
  /**
   * Dated wholly before the article it bears on (its whole period ends before publication):
   * background rather than "what happened next". "2014-10" for a 2014-10-05 article is not.
   */
  beforePublication: boolean;
}

export type TimelineEvent = PublishedEvent | FollowUpEvent;

export function followUpEventId(claimId: string, index: number): string {
  return `event-${claimId}-${index}`;
}

export function publishedEventId(articleSlug: string): string {
  return `event-${articleSlug}-published`;
}

/** The last day of a partial date's period: "2014" → "2014-12-31", "2014-02" → "2014-02-28". */
export function periodEnd(date: string): string {
  const parts = parsePartialDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  if (parts.day !== undefined) return date;
  const month = parts.month ?? 12;
  // Day 0 of the next month is the last day of this one.
  const day = new Date(Date.UTC(parts.year, month, 0)).getUTCDate();
  return `${parts.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function yearOf(date: string): number {
  const parts = parsePartialDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  return parts.year;
}

/** Every event of the edition, sorted by date (see the module comment for the rules). */
export function timelineEvents(edition: TimelineEditionInput): TimelineEvent[] {
  // Tie-break keys: article position, then 0 for the publication, claim number otherwise, then index.
  const keyed: Array<{ event: TimelineEvent; keys: [number, number, number] }> = [];
  edition.articles.forEach((article, a) => {
    const { data } = article.entry;
    const published: PublishedEvent = {
      kind: 'published',
      id: publishedEventId(article.slug),
      date: data.datePublished,
      year: yearOf(data.datePublished),
      href: article.href,
      timelineHref: timelineEventHref(publishedEventId(article.slug)),
      articleSlug: article.slug,
      title: data.title,
      author: data.author.name,
      publication: data.publication.name,
      ...(data.firstAppeared ? { firstAppeared: data.firstAppeared.publication } : {}),
    };
    keyed.push({ event: published, keys: [a, 0, 0] });
    // Same article, same date, same text: the same event, recorded by several claims.
    const seen = new Map<string, FollowUpEvent>();
    for (const { claim, number } of article.claims) {
      claim.followUps.forEach((followUp, i) => {
        const href = articleClaimHref(article.slug, claim.id);
        const bearing: EventClaim = { id: claim.id, number, quote: claim.quote, href };
        const key = `${followUp.date}\u0000${followUp.text.trim()}`;
        const earlier = seen.get(key);
        if (earlier) {
          earlier.claims.push(bearing);
          return;
        }
        const id = followUpEventId(claim.id, i + 1);
        const event: FollowUpEvent = {
          kind: 'follow-up',
          id,
          date: followUp.date,
          year: yearOf(followUp.date),
          href,
          timelineHref: timelineEventHref(id),
          articleSlug: article.slug,
          text: followUp.text,
          theme: followUp.theme ?? claim.theme,
          ownTheme: followUp.theme !== undefined,
          claimId: claim.id,
          claimNumber: number,
          claimQuote: claim.quote,
          index: i + 1,
          claims: [bearing],
          beforePublication: periodEnd(followUp.date) < data.datePublished,
        };
        seen.set(key, event);
        keyed.push({ event, keys: [a, number, i + 1] });
      });
    }
  });
  keyed.sort(
    (x, y) =>
      comparePartialDates(x.event.date, y.event.date) ||
      x.keys[0] - y.keys[0] ||
      x.keys[1] - y.keys[1] ||
      x.keys[2] - y.keys[2],
  );
  return keyed.map((k) => k.event);
}

/** The events that bear on one claim, shared ones included, in timeline order (none for an unknown id). */
export function eventsForClaim(edition: TimelineEditionInput, claimId: string): FollowUpEvent[] {
  return timelineEvents(edition).filter(
    (e): e is FollowUpEvent => e.kind === 'follow-up' && e.claims.some((c) => c.id === claimId),
  );
}

export interface TimelineYear {
  year: number;
  events: TimelineEvent[];
}

/** Sorted events grouped under their year, for the year markers. Years with no event are left out. */
export function groupByYear(events: readonly TimelineEvent[]): TimelineYear[] {
  const years: TimelineYear[] = [];
  for (const event of events) {
    const last = years.at(-1);
    if (last && last.year === event.year) last.events.push(event);
    else years.push({ year: event.year, events: [event] });
  }
  return years;
}

/** How many events fall under each theme (publications have none), in the order of `themes`. */
export function eventsPerTheme<T extends Theme>(events: readonly TimelineEvent[], themes: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>(themes.map((t) => [t, 0]));
  for (const event of events) {
    if (event.kind !== 'follow-up') continue;
    const theme = event.theme as T;
    if (counts.has(theme)) counts.set(theme, counts.get(theme)! + 1);
  }
  return counts;
}

/** The date of the latest event (the most recent thing the edition records), or undefined. */
export function latestEventDate(events: readonly TimelineEvent[]): string | undefined {
  let latest: string | undefined;
  for (const event of events) if (latest === undefined || comparePartialDates(event.date, latest) > 0) latest = event.date;
  return latest;
}

/**
 * The opening words of a quote, for a link label: whole words up to `maxWords`, with an
 * ellipsis when cut, and trailing punctuation dropped before it.
 */
export function quoteExcerpt(quote: string, maxWords = 10): string {
  const words = quote.trim().split(/\s+/);
  if (words.length <= maxWords) return words.join(' ');
  return `${words.slice(0, maxWords).join(' ').replace(/[\s,;:.–—-]+$/, '')}…`;
}

/**
 * Names that run through the whole edition and so say nothing about which event a sentence
 * reports; capitalised function words that merely start a sentence.
 */
const UBIQUITOUS = new Set([
  'russia', 'russian', 'russians', 'china', 'chinese', 'eu', 'us', 'u.s', 'usa', 'united', 'states',
  'europe', 'european', 'union', 'west', 'western',
  'the', 'a', 'an', 'in', 'on', 'of', 'and', 'for', 'to', 'at', 'by', 'with', 'its', 'it', 'this', 'that',
  'after', 'before', 'as', 'from', 'trade',
]);

/**
 * What an event is about, as a set of key terms: the names it mentions (capitalised words:
 * "Rostec", "Su-35", "KACST", "Moscow", "Kazan") and its figures ("27.8%", "$64.2bn"), less the
 * names every event shares ({@link UBIQUITOUS}) and bare years, which date an event rather than
 * name it. Markdown emphasis and link targets are dropped; "Russia–China" counts as two names.
 */
export function subjectTerms(text: string): Set<string> {
  const plain = text.replace(/\]\([^)]*\)/g, ']').replace(/[*_[\]]/g, '');
  const terms = new Set<string>();
  for (const raw of plain.split(/[\s–—/]+/)) {
    const token = raw.replace(/^[("'“‘«]+|[)"'”’»,.;:!?]+$/g, '').replace(/['’]s$/, '');
    if (!token) continue;
    const isName = /^\p{Lu}/u.test(token);
    const isFigure = /\d/.test(token) && !/^\d{4}$/.test(token) && /[%$.,]|bn$|m$/.test(token);
    if ((isName || isFigure) && !UBIQUITOUS.has(token.toLowerCase())) terms.add(token.toLowerCase());
  }
  return terms;
}

/**
 * Two events on the same date with at least two key terms in common ({@link subjectTerms}) report
 * the same thing: "Rostec announces a contract for 24 Su-35 fighters" and "Rostec confirms a
 * contract for 24 Su-35 fighters" share "rostec" and "su-35". One shared name is not enough, as
 * two events of one day may well involve the same party. Such events should be written once
 * (same date, same text) in every claim they bear on, and the timeline then shows them once.
 */
export function sameDateAndSubject(a: { date: string; text: string }, b: { date: string; text: string }): boolean {
  if (a.date !== b.date) return false;
  const terms = subjectTerms(a.text);
  let shared = 0;
  for (const term of subjectTerms(b.text)) if (terms.has(term) && ++shared >= 2) return true;
  return false;
}
