/**
 * The permalink rule: a paragraph id, once published, resolves forever. `content/permalinks.json`
 * records every published id per article; an id that no paragraph carries any more must be
 * mapped (in `moved`) to the id that replaced it, and the page then keeps the old id as an extra
 * anchor on the new paragraph, so old links land in the right place.
 */
import { closest } from '../content/errors.ts';

export interface PermalinkCheck {
  /** Old id → the current id it now resolves to (moves followed to the end of the chain). */
  aliases: Map<string, string>;
  /** Current ids not yet recorded as published (the manifest needs `npm run permalinks`). */
  unrecorded: string[];
  /** Problems, each with what to do. */
  problems: Array<{ id: string; problem: string; fix: string }>;
}

/** What the ids name, for messages: paragraphs of an article (the default), claims, entities. */
export interface PermalinkKind {
  /** "paragraph", "claim", "entity". */
  noun: string;
  /** Where the `moved` map for these ids is, e.g. 'for this article', 'in "claims"'. */
  movedIn: string;
}

export const PARAGRAPH_IDS: PermalinkKind = { noun: 'paragraph', movedIn: 'for this article' };
export const CLAIM_IDS: PermalinkKind = { noun: 'claim', movedIn: 'in "claims"' };
export const ENTITY_SLUGS: PermalinkKind = { noun: 'entity', movedIn: 'in "entities"' };

export function checkPermalinks(
  currentIds: readonly string[],
  published: readonly string[],
  moved: Readonly<Record<string, string>>,
  kind: PermalinkKind = PARAGRAPH_IDS,
): PermalinkCheck {
  const { noun } = kind;
  const current = new Set(currentIds);
  const recorded = new Set(published);
  const unrecorded = currentIds.filter((id) => !recorded.has(id));
  // A vanished id most likely became one of the ids that are new in this edit.
  const likely = unrecorded.length > 0 ? unrecorded : currentIds;
  const aliases = new Map<string, string>();
  const problems: PermalinkCheck['problems'] = [];

  for (const [from, to] of Object.entries(moved)) {
    if (current.has(from)) {
      problems.push({
        id: from,
        problem: `"${from}" is mapped to "${to}" in "moved", but a ${noun} still carries "${from}"`,
        fix: `remove "${from}" from "moved" (the ${noun} still has that id), or change that ${noun}`,
      });
      continue;
    }
    // Follow chains (a → b → c) so that an id moved twice still lands on today's paragraph.
    const seen = new Set([from]);
    let target = to;
    while (!current.has(target) && moved[target] !== undefined && !seen.has(target)) {
      seen.add(target);
      target = moved[target]!;
    }
    if (current.has(target)) aliases.set(from, target);
    else {
      problems.push({
        id: from,
        problem: seen.has(target)
          ? `the moves of "${from}" go round in a circle`
          : `"${from}" is mapped to "${to}", which is not the id of any ${noun}`,
        fix: `map "${from}" to the id of an existing ${noun}${suggest(from, likely)}`,
      });
    }
  }

  for (const id of published) {
    if (current.has(id) || moved[id] !== undefined) continue;
    problems.push({
      id,
      problem: `the ${noun} id "${id}" was published and no ${noun} carries it any more, so links to it would break`,
      fix: `add "${id}": "<new id>" under "moved" ${kind.movedIn} in content/permalinks.json${suggest(id, likely)}`,
    });
  }

  return { aliases, unrecorded, problems };
}

function suggest(id: string, candidates: readonly string[]): string {
  if (candidates.length === 1) return ` (probably "${candidates[0]}")`;
  // Ids are made of words, so the best guess shares the most words with the old one.
  const words = new Set(id.split('-'));
  const byOverlap = [...candidates]
    .map((candidate) => ({ candidate, shared: candidate.split('-').filter((w) => words.has(w)).length }))
    .filter(({ shared }) => shared >= 2)
    .sort((a, b) => b.shared - a.shared);
  const guess = byOverlap[0]?.candidate ?? closest(id, candidates, 1)[0];
  return guess ? ` (probably "${guess}")` : '';
}

/** Published ids of one kind (claims, entities) and where retired ones now point. */
export interface StoredIdList {
  published: string[];
  moved?: Record<string, string>;
}

/** `content/permalinks.json` as written on disk (before validation fills in defaults). */
export interface StoredManifest {
  published: Record<string, string[]>;
  moved?: Record<string, Record<string, string>>;
  claims?: StoredIdList;
  entities?: StoredIdList;
}

/**
 * The manifest with every current paragraph id recorded as published (what `npm run permalinks`
 * writes). Ids already recorded are kept, in their order; new ones are appended, so the file's
 * diff shows exactly what was published.
 */
export function recordPermalinks(
  stored: StoredManifest,
  articles: ReadonlyArray<{ slug: string; unrecorded: readonly string[] }>,
  more: { claims?: readonly string[]; entities?: readonly string[] } = {},
): { manifest: StoredManifest; added: number } {
  const manifest = structuredClone(stored);
  let added = 0;
  for (const article of articles) {
    manifest.published[article.slug] ??= [];
    manifest.published[article.slug]!.push(...article.unrecorded);
    added += article.unrecorded.length;
  }
  manifest.moved ??= {};
  for (const key of ['claims', 'entities'] as const) {
    const ids = more[key] ?? [];
    manifest[key] ??= { published: [], moved: {} };
    const list = manifest[key];
    list.moved ??= {};
    list.published.push(...ids);
    added += ids.length;
  }
  return { manifest, added };
}
