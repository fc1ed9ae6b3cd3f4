/**
 * The edition as pages need it: every article prepared (paragraphs, anchored claims, mentions),
 * every entity with its mentions and claims. Building it runs every content check; any problem
 * stops the build with the full list (see `errors.ts`).
 */
import { ProblemList } from '../content/errors.ts';
import { contentDir, loadContent, type EntityEntry, type LoadedContent } from '../content/load.ts';
import type { EntityData } from '../content/schema.ts';
import { SITE_SECTIONS, articleHref, entityHref } from '../lib/routes.ts';
import { prepareArticle, type PreparedArticle, type PreparedClaim, type PreparedMention } from './article.ts';
import { renderMarkdown } from './processor.ts';
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

export interface PreparedPage {
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

export interface EditionOptions {
  /** Fail when a paragraph id is not yet in the permalink manifest (the build does; dev warns). */
  requireRecordedPermalinks?: boolean;
  root?: string;
}

/** Loads, checks and prepares the edition; throws a ContentError naming every problem. */
export function buildEdition(options: EditionOptions = {}): Edition {
  const content = loadContent(options.root ?? contentDir());
  const problems = new ProblemList();

  // Claim ids and entity slugs are addresses too: once published they must keep landing.
  const idChecks: Array<[key: 'claims' | 'entities', check: PermalinkCheck]> = [
    ['claims', checkPermalinks(content.articles.flatMap((a) => a.data.claims.map((c) => c.id)), content.permalinks.claims.published, content.permalinks.claims.moved, CLAIM_IDS)],
    ['entities', checkPermalinks(content.entities.map((e) => e.slug), content.permalinks.entities.published, content.permalinks.entities.moved, ENTITY_SLUGS)],
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

  // An alias must name something the edition actually says, somewhere.
  const said = new Set(articles.flatMap((a) => a.mentions.map((m) => m.alias)));
  for (const entity of content.entities) {
    entity.data.aliases.forEach((alias, j) => {
      if (said.has(alias)) return;
      problems.add({
        file: entity.file,
        line: entity.parsed.lineOf(['aliases', j]),
        field: `aliases[${j}]`,
        problem: `the alias "${alias}" never occurs in the text (matching is case-sensitive and by whole words)`,
        fix: 'copy the form exactly as the article writes it, or remove it (an entity the article never names keeps "aliases: []" and is listed as context)',
      });
    });
  }

  // An article lives at /<slug>/: on an address the site already uses, Astro would only warn
  // and leave one of the two out of the build.
  const taken = new Map<string, string | undefined>([
    ...SITE_SECTIONS.map((href) => [href.split('/')[1]!, undefined] as const),
    ...content.pages.map((page) => [page.slug, page.file] as const),
  ]);
  for (const article of content.articles) {
    if (!taken.has(article.slug)) continue;
    const page = taken.get(article.slug);
    problems.add({
      file: article.file,
      field: 'file name',
      problem: `the article would be published at ${articleHref(article.slug)}, which ${page ? `the page ${page}` : 'a section of the site'} already uses, so one of the two would be left out`,
      fix: `rename ${page ? `the page ${page} or ` : ''}the article file (a file's name is its address; rename the article's key in ${content.permalinksFile} with it)`,
    });
  }

  if (options.requireRecordedPermalinks) {
    for (const article of articles) {
      if (article.unrecorded.length === 0) continue;
      problems.add({
        file: content.permalinksFile,
        field: `published["${article.slug}"]`,
        problem: `new paragraph ids are not recorded yet: ${article.unrecorded.join(', ')}`,
        fix: 'run "npm run permalinks" to record them, and commit content/permalinks.json with the change',
      });
    }
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
    mentions: articles.flatMap((article) =>
      article.mentions.filter((m) => m.slug === entry.slug).map((m) => ({ ...m, article })),
    ),
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
  if (html === undefined) renderedHtml.set(markdown, (html = renderMarkdown(markdown)));
  return html;
}

let checked: Edition | undefined;

/**
 * The edition with every check, recorded permalinks included, built once per process: the
 * build's integrations share it (the content check before the pages, the search index after).
 */
export function checkedEdition(): Edition {
  checked ??= buildEdition({ requireRecordedPermalinks: true });
  return checked;
}

/**
 * The edition for pages. Built once per build; in dev rebuilt on each call so edits to content
 * show on reload.
 */
export function getEdition(): Edition {
  const dev = Boolean(import.meta.env?.DEV);
  if (dev) return buildEdition({ requireRecordedPermalinks: false });
  return checkedEdition();
}
