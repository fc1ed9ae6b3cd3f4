/**
 * The content of a claim's note as HAST: labels, the note, dated follow-ups and sources, as the
 * claims pages show them. The reading page shows claims its own way (reading-notes.ts) and links
 * here for follow-ups and sources.
 */
import { h } from 'hastscript';
import type { ElementContent, Element } from 'hast';
import { linksToCopy, sourceHref, type Claim, type Source } from '../content/schema.ts';
import { TYPE_LABELS, VERDICT_LABELS } from '../content/vocabulary.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { EXTERNAL_REL } from '../lib/routes.ts';
import { renderInlineMarkdown } from './processor.ts';

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
/**
 * A source cited in full, the one way the edition cites a source (claims page, glossary):
 * "Title", Publisher, 5 August 2015, the title in its own language; and when a copy was read,
 * whose: "(read in a copy at Yahoo News)", linked; or, when the original's address is unknown
 * and the title links to the copy, "(the link is to a copy at Yahoo News)".
 */
export function sourceCitation(source: Source): ElementContent[] {
  const text = (value: string): ElementContent => ({ type: 'text', value });
  const parts: ElementContent[] = [
    h('a', { href: sourceHref(source), ...EXTERNAL }, h('cite', source.lang ? { lang: source.lang } : {}, source.title)),
    text(`, ${source.publisher}, `),
    source.date ? h('time', { dateTime: source.date }, formatPartialDate(source.date)) : text('n.d.'),
  ];
  if (source.copy) {
    if (linksToCopy(source)) parts.push(text(` (the link is to a copy at ${source.copy.publisher})`));
    else parts.push(text(' (read in a copy at '), h('a', { href: source.copy.url, ...EXTERNAL }, source.copy.publisher), text(')'));
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

/** Every source of a claim, its follow-ups' included, each once (by URL), in order of first citation. */
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
