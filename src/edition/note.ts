/**
 * The content of a claim's note as HAST: labels, the note, dated follow-ups, sources and a link
 * to the claims page. Built from phrasing elements only (spans styled as blocks), because a note
 * sits inside the article's `<p>`, next to the words it annotates; lists keep their meaning for
 * assistive technology through ARIA roles. The claims page reuses the same content.
 */
import { h } from 'hastscript';
import type { ElementContent, Element } from 'hast';
import { linksToCopy, sourceHref, type Claim, type Source } from '../content/schema.ts';
import { TYPE_LABELS, VERDICT_LABELS } from '../content/vocabulary.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { EXTERNAL_REL } from '../lib/routes.ts';
import { renderInlineMarkdown } from './processor.ts';
import { EDITORIAL } from './hast-range.ts';

/** Attributes for links that leave the site: no referrer, no opener. */
export const EXTERNAL = { rel: [...EXTERNAL_REL] };

/** Makes every link in `nodes` that points off-site safe (content links included). */
export function markExternalLinks(nodes: ElementContent[]): ElementContent[] {
  const visit = (node: ElementContent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'a' && /^https?:/.test(String(node.properties?.href ?? ''))) Object.assign(node.properties, EXTERNAL);
    node.children.forEach(visit);
  };
  nodes.forEach(visit);
  return nodes;
}

/**
 * "Title", Publisher, 5 August 2015, and when a copy was read, whose: "(read in a copy at
 * Yahoo News)", linked; or, when the original's address is unknown and the title links to the
 * copy, "(the link is to a copy at Yahoo News)". The title carries its language.
 */
export function sourceCitation(source: Source): ElementContent[] {
  const parts: ElementContent[] = [
    h('a', { href: sourceHref(source), ...(source.lang ? { lang: source.lang } : {}), ...EXTERNAL }, source.title),
    { type: 'text', value: `, ${source.publisher}` },
  ];
  parts.push({ type: 'text', value: source.date ? `, ${formatPartialDate(source.date)}` : ', n.d.' });
  if (source.copy) {
    parts.push(
      ...(linksToCopy(source)
        ? [{ type: 'text', value: ` (the link is to a copy at ${source.copy.publisher})` } as const]
        : [
            { type: 'text', value: ' (read in a copy at ' } as const,
            h('a', { href: source.copy.url, ...EXTERNAL }, source.copy.publisher),
            { type: 'text', value: ')' } as const,
          ]),
    );
  }
  return parts;
}

/** The type and verdict labels, as text (never colour alone). */
export function claimLabels(claim: Claim): Element {
  return h('span.labels', [
    h('span.tag', { className: [`t-${claim.type}`] }, TYPE_LABELS[claim.type].label),
    ' ',
    h('span.tag.v', { className: [`v-${claim.verdict}`] }, VERDICT_LABELS[claim.verdict].label),
  ]);
}

export interface NoteOptions {
  /** The claim's number in the article. */
  number: number;
  /** Where the claims page lists it. */
  claimsPageHref: string;
}

/** Every source of a claim, its follow-ups' included, each once (by link), in order of first citation. */
export function allSources(claim: Claim): Source[] {
  const byUrl = new Map<string, Source>();
  for (const source of [...claim.sources, ...claim.followUps.flatMap((event) => event.sources ?? [])]) {
    if (!byUrl.has(sourceHref(source))) byUrl.set(sourceHref(source), source);
  }
  return [...byUrl.values()];
}

/** The dated follow-ups as an ordered list, oldest first (content order). */
export function followUpList(claim: Claim): Element {
  return h(
    'ol.fus',
    claim.followUps.map((event) =>
      h('li', [
        h('time', { dateTime: event.date }, formatPartialDate(event.date)),
        ' ',
        ...markExternalLinks(renderInlineMarkdown(event.text)),
      ]),
    ),
  );
}

/** "EUR-Lex, 26 February 2023": who published a source and when; unique within a claim. */
export function shortCitation(source: Source): string {
  return `${source.publisher}, ${source.date ? formatPartialDate(source.date) : 'n.d.'}`;
}

/**
 * A source as a short link (publisher and date), for the article's notes: the titles of some
 * 230 sources were a tenth of the page's bytes, and the claims page cites each in full. A link
 * that leads to a copy says so.
 */
export function shortLink(source: Source): ElementContent[] {
  const link = h('a', { href: sourceHref(source), ...EXTERNAL }, shortCitation(source));
  return source.copy && linksToCopy(source) ? [link, { type: 'text', value: ` (copy at ${source.copy.publisher})` }] : [link];
}

/** The sources in a list, each cited in full (or as `cite` says). */
export function sourceList(sources: Source[], cite: (source: Source) => ElementContent[] = sourceCitation): Element {
  return h(
    'ul.srcs',
    sources.map((source) => h('li', cite(source))),
  );
}

/** The note's Markdown as inline HTML, its links made safe. */
export function noteContent(claim: Claim): ElementContent[] {
  return markExternalLinks(renderInlineMarkdown(claim.note));
}

/** Head and text of a note: number, type and verdict labels, the note itself. */
export function noteSummary(claim: Claim, number: number): ElementContent[] {
  return [
    h('span.sn-head', [h('span.sn-n', `${number}`), ' ', claimLabels(claim)]),
    h('span.sn-text', noteContent(claim)),
  ];
}

/** "3 events since · 9 sources": what the note's details hold. */
export function detailsSummary(claim: Claim): string {
  const sources = allSources(claim).length;
  const events = claim.followUps.length;
  return [events ? `${events} ${events === 1 ? 'event' : 'events'} since` : undefined, `${sources} ${sources === 1 ? 'source' : 'sources'}`]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The note as it sits in the article, beside (wide) or under (narrow) its words: number, labels
 * and the note. On narrow screens it is a popover opened by its marker (with JS off too); in the
 * wide layout and in print it sits in the margin. Its follow-ups and sources open from a line
 * under it: they live in `noteDetails`, after the article, so that the first screenful of text
 * arrives in the first bytes and the margin stays calm.
 */
export function noteElement(claim: Claim, options: NoteOptions): Element {
  const id = `note-${claim.id}`;
  return h(
    'span.sn',
    {
      id,
      popover: 'auto',
      role: 'note',
      ariaLabel: `Note ${options.number}`,
      dataClaimNote: claim.id,
      ...EDITORIAL,
    },
    [
      ...noteSummary(claim, options.number),
      h('button.more-btn', { type: 'button', popoverTarget: `more-${claim.id}` }, [h('span.more-read', 'Whole note · '), detailsSummary(claim)]),
      closeButton(id, `Close note ${options.number}`),
    ],
  );
}

/**
 * A note's follow-ups and sources: a popover opened from the note (its invoker sits inside the
 * note, so opening it keeps the note open), printed as an endnote. Sources are short links
 * here; the claims page, linked at the end, cites each with its title.
 */
export function noteDetails(claim: Claim, options: NoteOptions): Element {
  const id = `more-${claim.id}`;
  const headingId = `${id}-h`;
  const sources = allSources(claim);
  return h('div.more', { id, popover: 'auto', role: 'dialog', ariaLabelledBy: headingId, dataClaimDetails: claim.id }, [
    h('p.more-h', { id: headingId }, [`Note ${options.number}: `, h('q', claim.quote)]),
    // The whole note again: the margin shows only its first lines (see notes.css).
    h('p.more-note', [claimLabels(claim), ' ', ...noteContent(claim)]),
    ...(claim.followUps.length ? [h('p.more-sub', 'What happened next'), followUpList(claim)] : []),
    h('p.more-sub', sources.length === 1 ? 'Source' : 'Sources'),
    sourceList(sources, shortLink),
    h('p', [h('a.sn-more', { href: options.claimsPageHref }, `Claim ${options.number} on the claims page, with full citations`)]),
    closeButton(id, `Close the details of note ${options.number}`),
  ]);
}

/** A popover's close button; with an accessible name, as "×" alone says nothing. */
export function closeButton(target: string, label: string): Element {
  return h('button.x', { type: 'button', popoverTarget: target, popoverTargetAction: 'hide' }, [
    h('span', { ariaHidden: 'true' }, '×'),
    h('span.vh', label),
  ]);
}

/** The numbered marker after the marked words: a plain number in the margin layout, a button that opens the note on narrow screens. */
export function noteMarkers(claim: Claim, number: number): Element[] {
  return [
    h('sup.n', { ariaHidden: 'true', ...EDITORIAL }, `${number}`),
    h(
      'button.mk',
      { type: 'button', popoverTarget: `note-${claim.id}`, ...EDITORIAL },
      [h('span.vh', 'Note '), `${number}`],
    ),
  ];
}
