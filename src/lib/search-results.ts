/**
 * Search results as the reader sees them: each section Pagefind returns (a paragraph, a claim, a
 * timeline event, a glossary entry) becomes a place with its kind, title, excerpt and landing
 * address, when it really holds every query word. Pure: the search UI renders what this returns.
 */
import { ALSO_NAMED, GROUPS } from './search-query.ts';
import { coversEveryTerm, excerptParts, landingWords, pageWords, realLocations, type ExcerptPart } from './search-matching.ts';

/** What Pagefind's `result.data()` gives that this module reads. */
export interface PagefindSubResult {
  title: string;
  anchor?: { id: string; location: number };
  locations: number[];
}
export interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: Array<{ id: string; location: number; element: string }>;
  sub_results: PagefindSubResult[];
}

/** The parameter that carries the words to highlight where a result lands. */
export const HIGHLIGHT = 'pagefind-highlight';

/** One place a result lands on. */
export interface Place {
  group: keyof typeof GROUPS;
  href: string;
  /** "Paragraph 3", "Claim 7 · Prediction · Came true", "Glossary · Company". */
  kind: string;
  title: string;
  excerpt: ExcerptPart[];
  /** Sorting within the group: reading order in the op-ed, date on the timeline, rank otherwise. */
  order: number;
}

/** The result's address with the words to highlight there, before the fragment. */
export function landingUrl(path: string, fragment: string | undefined, words: string[]): string {
  const params = new URLSearchParams(words.map((w) => [HIGHLIGHT, w]));
  return `${path}${words.length ? `?${params}` : ''}${fragment ? `#${fragment}` : ''}`;
}

const groupOf = (label: string | undefined): Place['group'] =>
  (Object.entries(GROUPS).find(([, l]) => l === label)?.[0] as Place['group'] | undefined) ?? 'glossary';

/**
 * A section's title: a claim's quote (its section opens with it, in curly quotes), else its
 * opening words; at most fourteen words, "…" where cut.
 */
export function sectionTitle(words: readonly string[], length = 14): string {
  const close = words.findIndex((w) => w.includes('”'));
  const quoted = words[0]?.startsWith('“') && close >= 0 ? words.slice(0, close + 1) : words;
  if (quoted.length <= length) return quoted.join(' ');
  return `${quoted.slice(0, length).join(' ')} …${quoted[0]?.startsWith('“') ? '”' : ''}`;
}

/** A page's matching sections as places, only those holding every query word. */
export function placesOf(data: PagefindResultData, terms: string[], rank: number): Place[] {
  const words = pageWords(data.content);
  const group = groupOf(data.meta.group);
  const base = data.meta.base ?? data.url;
  if (group === 'glossary') {
    const matched = realLocations(terms, words, data.locations);
    if (!coversEveryTerm(terms, words, matched)) return [];
    return [
      {
        group,
        href: landingUrl(base, undefined, landingWords(words, 0, words.length, matched, terms, ALSO_NAMED)),
        kind: `Glossary · ${data.meta.kind ?? ''}`,
        title: data.meta.title ?? base,
        excerpt: excerptParts(words, 0, words.length, matched),
        order: rank,
      },
    ];
  }
  const anchors = [...data.anchors].filter((a) => /^h\d$/i.test(a.element)).sort((a, b) => a.location - b.location);
  const places: Place[] = [];
  for (const sub of data.sub_results) {
    if (!sub.anchor) continue;
    const at = anchors.findIndex((a) => a.id === sub.anchor!.id);
    const from = sub.anchor.location;
    const to = anchors[at + 1]?.location ?? words.length;
    const matched = realLocations(terms, words, sub.locations);
    if (!coversEveryTerm(terms, words, matched)) continue;
    // The section's heading, e.g. "Claim 7 · Prediction · Came true", is its kind; its first
    // words after the heading (the paragraph, the claim's quote, the event) its title.
    const heading = sub.title.trim();
    const headingLength = heading.split(/\s+/).length;
    const title = sectionTitle(words.slice(from + headingLength, to));
    places.push({
      group,
      href: landingUrl(base, sub.anchor.id, landingWords(words, from, to, matched, terms, ALSO_NAMED)),
      kind: group === 'timeline' ? `Timeline · ${heading}` : heading,
      title,
      excerpt: excerptParts(words, from + headingLength, to, matched),
      // Reading order in the op-ed (paragraph, then place in it), date order on the timeline.
      order: Number(data.meta.order ?? rank) * 1e6 + from,
    });
  }
  return places;
}
