/**
 * Every address of the site, in one place: pages, the anchors within them, and how links that
 * leave the site are marked. Pages, views and the edition build links only from here, so that
 * a renamed section or anchor changes in one line. Pure: imports nothing.
 */

/** The home page. */
export const HOME_HREF = '/';
/** Every claim, with its note, sources and verdict. */
export const CLAIMS_HREF = '/claims/';
/** The glossary index; each entity lives under it ({@link entityHref}). */
export const GLOSSARY_HREF = '/entities/';
/** The "What happened next" timeline. */
export const TIMELINE_HREF = '/what-happened-next/';
export const SEARCH_HREF = '/search/';
export const ABOUT_HREF = '/about/';
/** The verdicts explained, on the about page. */
export const VERDICTS_HREF = `${ABOUT_HREF}#verdicts`;
/** The claims as a W3C Web Annotation collection. */
export const ANNOTATIONS_HREF = '/annotations.jsonld';
/** Every dated change to the edition, newest first. */
export const CHANGES_HREF = '/changes/';
/** The same changes as an RSS feed. */
export const CHANGES_FEED_HREF = '/changes.xml';

/** Every section the site itself uses (src/pages and build output): never an article's address. */
export const SITE_SECTIONS = [
  CLAIMS_HREF,
  GLOSSARY_HREF,
  SEARCH_HREF,
  TIMELINE_HREF,
  ABOUT_HREF,
  CHANGES_HREF,
  '/cards/',
  '/pagefind/',
  '/_astro/',
];

/** The page for a missing address (static hosts serve it for any unknown path). */
export const NOT_FOUND_HREF = '/404.html';
/** The sitemap index that @astrojs/sitemap writes, named in robots.txt. */
export const SITEMAP_HREF = '/sitemap-index.xml';

/** An article lives at `/<slug>/`. */
export function articleHref(slug: string): string {
  return `/${slug}/`;
}

/** The page that cites an article paragraph by paragraph. */
export function articleCiteHref(slug: string): string {
  return `${articleHref(slug)}cite/`;
}

/** A paragraph's permalink: `/<article>/#<paragraph id>`. */
export function paragraphHref(articleSlug: string, paragraphId: string): string {
  return `${articleHref(articleSlug)}#${paragraphId}`;
}

/** A glossary entity's page. */
export function entityHref(slug: string): string {
  return `${GLOSSARY_HREF}${slug}/`;
}

/** The anchor of a group of the glossary index, by kind: `kind-person`. */
export function glossaryKindAnchor(kind: string): string {
  return `kind-${kind}`;
}

/** A group of the glossary index: `/entities/#kind-person`. */
export function glossaryKindHref(kind: string): string {
  return `${GLOSSARY_HREF}#${glossaryKindAnchor(kind)}`;
}

/** What precedes a claim's id in its anchor: `#claim-<id>`, in the article and on the claims page alike. */
export const CLAIM_ANCHOR_PREFIX = 'claim-';

/** The anchor (element id) of a claim: its marked words in the article, its card on the claims page. */
export function claimAnchor(claimId: string): string {
  return `${CLAIM_ANCHOR_PREFIX}${claimId}`;
}

/** The id of an entity's popover on a reading page, opened by each linked mention: `entity-<slug>`. */
export function entityPopoverId(slug: string): string {
  return `entity-${slug}`;
}

/** A claim on the claims page: `/claims/#claim-<id>`. */
export function claimHref(claimId: string): string {
  return `${CLAIMS_HREF}#${claimAnchor(claimId)}`;
}

/** A claim's own page: `/claims/<id>/`, with its note, history, sources and review. */
export function claimPageHref(claimId: string): string {
  return `${CLAIMS_HREF}${claimId}/`;
}

/** Link-preview cards (1200×630 PNG): the edition's, an article's, a claim's. */
export const EDITION_CARD_HREF = '/cards/edition.png';
export function articleCardHref(articleSlug: string): string {
  return `/cards/articles/${articleSlug}.png`;
}
export function claimCardHref(claimId: string): string {
  return `/cards/claims/${claimId}.png`;
}

/** A change on the changes page: `/changes/#<change id>`. */
export function changeHref(changeId: string): string {
  return `${CHANGES_HREF}#${changeId}`;
}

/** A claim's marked words in its article: `/<article>/#claim-<id>`. */
export function articleClaimHref(articleSlug: string, claimId: string): string {
  return `${articleHref(articleSlug)}#${claimAnchor(claimId)}`;
}

/** An event on the timeline: `/what-happened-next/#<event id>`. */
export function timelineEventHref(eventId: string): string {
  return `${TIMELINE_HREF}#${eventId}`;
}

/** The `rel` of links that leave the site: no referrer, no window handle. */
export const EXTERNAL_REL = ['external', 'noopener', 'noreferrer'] as const;
