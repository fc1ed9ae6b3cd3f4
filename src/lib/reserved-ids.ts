/**
 * Ids the site's own templates put on a page. Content must never take one: a paragraph pinned
 * `{#entity-avic}` or a heading "Main" would give the page two elements with one id, and the
 * popover, note or skip link that targets it would open the wrong one or none. Kept in one
 * place so that a new template id is reserved where the checks look.
 *
 * Where each comes from (grep the templates for `id=`):
 * - every page: `main` (Base layout), `search-…` (the search dialog, src/scripts/search-ui.ts)
 * - the article page: `claim-…` marks, `note-…` notes, `more-…` note details, `entity-…`
 *   popovers, `cite-…` citation blocks, `text`, `details-h`
 * - an entity page: `in-the-op-ed`, `claims-about`, `related`, `sources`
 * - a prose page (About): `verdicts`
 * - elsewhere (claims page, timeline, glossary, home): `event-…`, `year-…`, `kind-…`, `type-…`,
 *   `verdict-…`, `vc-…`, reserved everywhere so that content moved between pages stays safe.
 */

/** Where a piece of content is shown. */
export type PageKind = 'article' | 'entity' | 'page';

/** Prefixes the site generates ids with, on any page. */
export const RESERVED_PREFIXES = [
  'claim-',
  'note-',
  'more-',
  'entity-',
  'search-',
  'cite-',
  'event-',
  'year-',
  'kind-',
  'type-',
  'verdict-',
  'vc-',
] as const;

/** Whole ids the templates use, by the kind of page they are on. */
export const RESERVED_IDS: Record<PageKind, readonly string[]> = {
  article: ['main', 'text', 'details-h'],
  entity: ['main', 'in-the-op-ed', 'claims-about', 'related', 'sources'],
  page: ['main', 'verdicts'],
};

/** Why `id` is not free on a page of this kind, or undefined when it is. */
export function reservedIdReason(id: string, page: PageKind): string | undefined {
  if (RESERVED_IDS[page].includes(id)) return `the site already uses the id "${id}" on this page`;
  const prefix = RESERVED_PREFIXES.find((p) => id.startsWith(p));
  if (prefix) return `ids starting with "${prefix}" are the site's own (its notes, popovers and controls use them)`;
  return undefined;
}
