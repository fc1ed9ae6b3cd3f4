/**
 * What the glossary pages show, prepared from the edition so that the pages only render: the
 * index grouped by kind, and for each entity its mentions as excerpts with permalinks, the claims
 * that concern it, its related entries.
 *
 * The glossary's order: groups by kind in the order the content model declares (people first,
 * events last), and A–Z within each group the way a reader looks a name up: "The Moscow Times"
 * under M, "Type 071" before "Type 075", accents and case ignored.
 */
import type { Edition, EntityMention, PreparedEntity } from '../edition/edition.ts';
import type { PreparedParagraph } from '../edition/article.ts';
import { KIND_LABELS, TYPE_LABELS, VERDICT_LABELS } from '../content/vocabulary.ts';
import { ENTITY_KINDS, type ClaimType, type EntityKind, type Verdict } from '../content/schema.ts';
import { firstSentence } from '../lib/sentences.ts';
import { articleClaimHref, claimPageHref, glossaryKindAnchor, paragraphHref } from '../lib/routes.ts';
import { clusterRanges, excerptAround, type Excerpt } from './excerpt.ts';

/** The name a reader looks up: a leading "The", "A" or "An" does not count. */
export function sortKey(name: string): string {
  return name.replace(/^(?:the|an?)\s+/i, '');
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A–Z by {@link sortKey}, then by the full name so the order is total. */
export function compareNames(a: string, b: string): number {
  return collator.compare(sortKey(a), sortKey(b)) || collator.compare(a, b);
}

interface KindGroup<K extends string, T> {
  kind: K;
  items: T[];
}

/**
 * Items grouped by kind, groups in `order` (kinds with no item left out), items A–Z by name
 * within each group. A kind missing from `order` is an error: it would silently vanish.
 */
export function groupByKind<K extends string, T>(
  items: readonly T[],
  order: readonly K[],
  kindOf: (item: T) => K,
  nameOf: (item: T) => string,
): Array<KindGroup<K, T>> {
  const groups = new Map<K, T[]>(order.map((kind) => [kind, []]));
  for (const item of items) {
    const kind = kindOf(item);
    const group = groups.get(kind);
    if (!group) throw new Error(`groupByKind: the kind "${kind}" of "${nameOf(item)}" is not in the order given`);
    group.push(item);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([kind, list]) => ({ kind, items: list.sort((a, b) => compareNames(nameOf(a), nameOf(b))) }));
}

/** The words a reader sees for an entity the article never names. */
export const CONTEXT_NOTE = 'Not named in the op-ed; listed for context.';

interface GlossaryEntry {
  slug: string;
  href: string;
  name: string;
  /** Only when it differs from the name. */
  shortName?: string;
  kind: EntityKind;
  kindLabel: string;
  /** The summary's first sentence. */
  summaryLine: string;
  mentionCount: number;
  context: boolean;
}

interface GlossaryGroup {
  kind: EntityKind;
  /** Heading: "People", "Companies". */
  label: string;
  /** Fragment for the group's heading: "kind-person". */
  id: string;
  entries: GlossaryEntry[];
}

/** One excerpt of a paragraph: one mention, or a few close together, each marked. */
interface MentionView {
  /** Where the paragraph's permalink leads: `/<article>/#<paragraph id>`. */
  href: string;
  paragraphId: string;
  /** "Paragraph 9", "Note on the author", "Disclaimer". */
  where: string;
  /** How many mentions the excerpt marks. */
  count: number;
  excerpt: Excerpt;
}

interface ClaimView {
  id: string;
  number: number;
  quote: string;
  type: ClaimType;
  typeLabel: string;
  verdict: Verdict;
  verdictLabel: string;
  /** The marked words in the article: `/<article>/#claim-<id>`. */
  textHref: string;
  /** The claim in the list of claims: `/claims/#claim-<id>`. */
  claimsHref: string;
}

interface EntityPageView {
  entity: PreparedEntity;
  kindLabel: string;
  /** Only when it differs from the name. */
  shortName?: string;
  /** Each form the article uses, with how often it occurs, in the order of the content file. */
  aliases: Array<{ alias: string; count: number }>;
  mentions: MentionView[];
  claims: ClaimView[];
  /** In the order the content file lists them (most relevant first). */
  related: GlossaryEntry[];
}

function shortNameOf(entity: PreparedEntity): string | undefined {
  const short = entity.data.shortName;
  return short && short !== entity.data.name ? short : undefined;
}

function glossaryEntry(entity: PreparedEntity): GlossaryEntry {
  return {
    slug: entity.slug,
    href: entity.href,
    name: entity.data.name,
    shortName: shortNameOf(entity),
    kind: entity.data.kind,
    kindLabel: KIND_LABELS[entity.data.kind].label,
    summaryLine: firstSentence(entity.data.summary),
    mentionCount: entity.mentions.length,
    context: entity.context,
  };
}

/** The glossary index: groups in the content model's order of kinds, A–Z within each. */
export function glossaryIndex(edition: Edition): GlossaryGroup[] {
  return groupByKind(
    edition.entities.map(glossaryEntry),
    ENTITY_KINDS,
    (e) => e.kind,
    (e) => e.name,
  ).map(({ kind, items }) => ({
    kind,
    label: KIND_LABELS[kind].plural,
    id: glossaryKindAnchor(kind),
    entries: items,
  }));
}

/** How a paragraph is named in a list of places: by number in the text, by role after it. */
export function paragraphLabel(paragraph: Pick<PreparedParagraph, 'role' | 'number'>): string {
  switch (paragraph.role) {
    case 'bio':
      return 'Note on the author';
    case 'disclaimer':
      return 'Disclaimer';
    default:
      return `Paragraph ${paragraph.number}`;
  }
}

/** Everything an entity's page shows. */
export function entityPage(edition: Edition, entity: PreparedEntity): EntityPageView {
  // Mentions by paragraph, in reading order; close ones share an excerpt.
  const byParagraph = new Map<string, EntityMention[]>();
  for (const m of entity.mentions) {
    const key = `${m.article.slug}#${m.paragraphId}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), m]);
  }
  const mentions = [...byParagraph.values()].flatMap((list) => {
    const { article, paragraphId } = list[0]!;
    const paragraph = article.paragraphs.find((p) => p.id === paragraphId)!;
    return clusterRanges(paragraph.text, list).map(
      (cluster): MentionView => ({
        href: paragraphHref(article.slug, paragraphId),
        paragraphId,
        where: paragraphLabel(paragraph),
        count: cluster.length,
        excerpt: excerptAround(paragraph.text, cluster),
      }),
    );
  });
  const claims = entity.claims.map(
    ({ claim, number, article }): ClaimView => ({
      id: claim.id,
      number,
      quote: claim.quote,
      type: claim.type,
      typeLabel: TYPE_LABELS[claim.type].label,
      verdict: claim.verdict,
      verdictLabel: VERDICT_LABELS[claim.verdict].label,
      textHref: articleClaimHref(article.slug, claim.id),
      claimsHref: claimPageHref(claim.id),
    }),
  );
  const related = entity.data.related
    .map((slug) => edition.entity(slug))
    .filter((e): e is PreparedEntity => e !== undefined)
    .map(glossaryEntry);
  return {
    entity,
    kindLabel: KIND_LABELS[entity.data.kind].label,
    shortName: shortNameOf(entity),
    aliases: entity.data.aliases.map((alias) => ({ alias, count: entity.mentions.filter((m) => m.alias === alias).length })),
    mentions,
    claims,
    related,
  };
}
