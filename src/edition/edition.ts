/**
 * The edition as pages need it: every article prepared (paragraphs, anchored claims, mentions),
 * every entity with its mentions and claims. Building it runs every content check; any problem
 * stops the build with the full list (see `errors.ts`).
 */
import { join, relative } from 'node:path';
import { ProblemList } from '../content/errors.ts';
import { contentDir, loadContent, type EntityEntry, type LoadedContent } from '../content/load.ts';
import type { EntityData } from '../content/schema.ts';
import { SITE_SECTIONS, articleHref, entityHref } from '../lib/routes.ts';
import { prepareArticle, type PreparedArticle, type PreparedClaim, type PreparedMention } from './article.ts';
import { renderMarkdown } from './processor.ts';
import { checkHeadingIds } from './heading-ids.ts';

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
}

export interface EditionOptions {
  /** Fail when a paragraph id is not yet in the permalink manifest (the build does; dev warns). */
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

  const articles = content.articles.map((entry) =>
    prepareArticle(
      entry,
      {
        entities: content.entities,
        permalinks: content.permalinks,
        permalinksFile: content.permalinksFile,
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
    for (const article of articles) {
      if (article.unrecorded.length === 0) continue;
      problems.add({
        file: content.permalinksFile,
        field: `published["${article.slug}"]`,
        problem: `new paragraph ids are not recorded yet: ${article.unrecorded.join(', ')}`,
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
  return { content, articles, entities, pages, entity: (slug) => bySlug.get(slug) };
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
  checked ??= buildEdition({ requireRecordedPermalinks: true, requiredPages: SITE_PAGES });
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
