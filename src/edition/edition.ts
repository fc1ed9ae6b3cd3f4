/**
 * The edition as pages need it: every article prepared (paragraphs, anchored claims, mentions),
 * every entity with its mentions and claims. Building it runs every content check; any problem
 * stops the build with the full list (see `errors.ts`).
 */
import { join, relative } from 'node:path';
import { ProblemList } from '../content/errors.ts';
import { contentDir, contentStamp, loadContent, type EntityEntry, type LoadedContent } from '../content/load.ts';
import type { EntityData } from '../content/schema.ts';
import { checkAddresses, checkAliasesSaid, checkRecorded } from '../content/cross-checks.ts';
import { SITE_SECTIONS, entityHref } from '../lib/routes.ts';
import { prepareArticle, type PreparedArticle, type PreparedClaim, type PreparedMention } from './article.ts';
import { renderMarkdown } from './processor.ts';
import { checkHeadingIds } from './heading-ids.ts';
import { CLAIM_IDS, ENTITY_SLUGS, checkPermalinks, type PermalinkCheck } from './permalinks.ts';

export interface EntityMention extends PreparedMention {
  article: PreparedArticle;
}

export interface PreparedEntity {
  entry: EntityEntry;
  slug: string;
  data: EntityData;
  href: string;
  /** The longer entry, as HTML. */
  bodyHtml: string;
  /** Every mention in every article, in reading order. */
  mentions: EntityMention[];
  /** Claims that concern it (they list it in `entities`). */
  claims: Array<PreparedClaim & { article: PreparedArticle }>;
  /** Named nowhere in the text: listed for context. */
  context: boolean;
}

interface PreparedPage {
  slug: string;
  title: string;
  description: string;
  html: string;
}

export interface Edition {
  content: LoadedContent;
  articles: PreparedArticle[];
  entities: PreparedEntity[];
  pages: PreparedPage[];
  entity(slug: string): PreparedEntity | undefined;
  /** Retired claim ids → the claim each now lands on (`/claims/<old>/`, `#claim-<old>`). */
  movedClaims: Map<string, string>;
  /** Retired entity slugs → the entity each now lands on (`/entities/<old>/`). */
  movedEntities: Map<string, string>;
  /** Claim ids and entity slugs not yet recorded in the manifest (`npm run permalinks` adds them). */
  unrecordedClaims: string[];
  unrecordedEntities: string[];
}

interface EditionOptions {
  /** Fail when a paragraph id is not yet in the permalink manifest (the build does; dev does not). */
  requireRecordedPermalinks?: boolean;
  /** Pages (content/pages/<slug>.md) the site's templates render; each must exist. */
  requiredPages?: readonly string[];
  root?: string;
}

/**
 * The prose pages the site renders (src/pages/about.astro reads content/pages/about.md): the
 * build checks they exist before rendering anything, rather than crashing half-way through.
 */
export const SITE_PAGES = ['about'] as const;

/** Loads, checks and prepares the edition; throws a ContentError naming every problem. */
export function buildEdition(options: EditionOptions = {}): Edition {
  const content = loadContent(options.root ?? contentDir());
  const problems = new ProblemList();

  // Claim ids and entity slugs are addresses too: once published they must keep landing.
  const idChecks: Array<[key: 'claims' | 'entities', check: PermalinkCheck]> = [
    [
      'claims',
      checkPermalinks(
        content.articles.flatMap((a) => a.data.claims.map((c) => c.id)),
        content.permalinks.claims.published,
        content.permalinks.claims.moved,
        CLAIM_IDS,
      ),
    ],
    [
      'entities',
      checkPermalinks(
        content.entities.map((e) => e.slug),
        content.permalinks.entities.published,
        content.permalinks.entities.moved,
        ENTITY_SLUGS,
      ),
    ],
  ];
  for (const [key, check] of idChecks) {
    for (const p of check.problems) {
      problems.add({ file: content.permalinksFile, field: `${key}.moved["${p.id}"]`, problem: p.problem, fix: p.fix });
    }
  }
  const [claimCheck, entityCheck] = [idChecks[0]![1], idChecks[1]![1]];

  const articles = content.articles.map((entry) =>
    prepareArticle(
      entry,
      {
        entities: content.entities,
        permalinks: content.permalinks,
        permalinksFile: content.permalinksFile,
        movedClaims: claimCheck.aliases,
      },
      problems,
    ),
  );

  checkAliasesSaid(content.entities, new Set(articles.flatMap((a) => a.mentions.map((m) => m.alias))), problems);
  checkAddresses(content, SITE_SECTIONS, problems);

  for (const slug of options.requiredPages ?? []) {
    if (content.pages.some((page) => page.slug === slug)) continue;
    problems.add({
      file: relative(process.cwd(), join(content.root, 'pages', `${slug}.md`)),
      field: 'file',
      problem: `the page is missing: the site's /${slug}/ page is made from it`,
      fix: `add pages/${slug}.md with "title:" and "description:" in its front-matter and the page's text after it`,
    });
  }

  // Headings of entity bodies and pages must not take an id their page's template uses.
  for (const entity of content.entities) checkHeadingIds(entity, 'entity', problems);
  for (const page of content.pages) checkHeadingIds(page, 'page', problems);

  if (options.requireRecordedPermalinks) {
    checkRecorded(content.permalinksFile, articles, problems);
    for (const [key, check] of idChecks) {
      if (check.unrecorded.length === 0) continue;
      problems.add({
        file: content.permalinksFile,
        field: `${key}.published`,
        problem: `new ${key === 'claims' ? 'claim ids' : 'entity slugs'} are not recorded yet: ${check.unrecorded.join(', ')}`,
        fix: 'run "npm run permalinks" to record them, and commit content/permalinks.json with the change',
      });
    }
  }
  problems.throwIfAny();

  // Entity bodies and pages are rendered when a page first reads them: no check depends on
  // them, so the content check alone (npm run check-content) skips the work.
  const entities: PreparedEntity[] = content.entities.map((entry) => ({
    entry,
    slug: entry.slug,
    data: entry.data,
    href: entityHref(entry.slug),
    get bodyHtml() {
      return renderedOnce(entry.body);
    },
    mentions: articles.flatMap((article) => article.mentions.filter((m) => m.slug === entry.slug).map((m) => ({ ...m, article }))),
    claims: articles.flatMap((article) =>
      article.claims.filter((c) => c.claim.entities.includes(entry.slug)).map((c) => ({ ...c, article })),
    ),
    context: entry.data.aliases.length === 0,
  }));
  const pages = content.pages.map((page) => ({
    slug: page.slug,
    ...page.data,
    get html() {
      return renderedOnce(page.body);
    },
  }));
  const bySlug = new Map(entities.map((e) => [e.slug, e]));
  return {
    content,
    articles,
    entities,
    pages,
    entity: (slug) => bySlug.get(slug),
    movedClaims: claimCheck.aliases,
    movedEntities: entityCheck.aliases,
    unrecordedClaims: claimCheck.unrecorded,
    unrecordedEntities: entityCheck.unrecorded,
  };
}

const renderedHtml = new Map<string, string>();
function renderedOnce(markdown: string): string {
  let html = renderedHtml.get(markdown);
  if (html === undefined) {
    html = renderMarkdown(markdown);
    renderedHtml.set(markdown, html);
  }
  return html;
}

/**
 * Editions already built, by content folder, kept on `globalThis`: Astro loads this module twice
 * in one process (once for the config's integrations, once for the pages), and both must share
 * one edition rather than each build their own.
 */
interface CacheEntry {
  stamp: string;
  edition: Edition;
}
const shared = globalThis as typeof globalThis & { __kashinEditionCache?: Map<string, CacheEntry> };
shared.__kashinEditionCache ??= new Map();
const cache = shared.__kashinEditionCache;

/** The edition for `options`, rebuilt only when a file of the content folder has changed. */
function cachedEdition(
  options: Required<Pick<EditionOptions, 'requireRecordedPermalinks'>> & Pick<EditionOptions, 'requiredPages'>,
): Edition {
  const root = contentDir();
  const key = `${root}\n${options.requireRecordedPermalinks}`;
  const stamp = contentStamp(root);
  const hit = cache.get(key);
  if (hit?.stamp === stamp) return hit.edition;
  const edition = buildEdition({ ...options, root });
  cache.set(key, { stamp, edition });
  return edition;
}

/**
 * The edition with every check, recorded permalinks included: the build's integrations and
 * pages share it (the content check before the pages, the search index after), built once.
 */
export function checkedEdition(): Edition {
  return cachedEdition({ requireRecordedPermalinks: true, requiredPages: SITE_PAGES });
}

/**
 * The edition for pages. Built once per build; in dev built once per change of the content
 * (where an unrecorded paragraph id does not stop the page), so a page request reuses it.
 */
export function getEdition(): Edition {
  const dev = Boolean(import.meta.env?.DEV);
  return cachedEdition({ requireRecordedPermalinks: !dev, requiredPages: SITE_PAGES });
}
