/**
 * Reads `content/` into validated entries: every file against its schema (src/content/schema.ts),
 * then the references between files that a schema cannot see (a claim naming an entity that does
 * not exist, two claims with one id, two entities claiming one alias).
 *
 * Why not Astro content collections: their errors cannot name the fix, a broken `reference()`
 * only logs, and the checks that matter most here (quotes found in the text, permalinks that
 * must not vanish) need the whole edition at once. One loader, used by the build and by the
 * tests alike, keeps the rules in one place.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ProblemList, closest, type ContentProblem } from './errors.ts';
import { parseMarkdownFile, type ParsedFile } from './frontmatter.ts';
import { validateFrontmatter } from './validate.ts';
import {
  articleSchema,
  entitySchema,
  pageSchema,
  permalinkManifestSchema,
  type ArticleData,
  type PageData,
  type EntityData,
  type PermalinkManifest,
} from './schema.ts';

export interface ArticleEntry {
  slug: string;
  file: string;
  data: ArticleData;
  /** The Markdown text of the article. */
  body: string;
  parsed: ParsedFile;
}

export interface EntityEntry {
  slug: string;
  file: string;
  data: EntityData;
  /** The Markdown of the longer entry. */
  body: string;
  parsed: ParsedFile;
}

export interface PageEntry {
  slug: string;
  file: string;
  data: PageData;
  body: string;
}

export interface LoadedContent {
  root: string;
  articles: ArticleEntry[];
  entities: EntityEntry[];
  pages: PageEntry[];
  permalinks: PermalinkManifest;
  permalinksFile: string;
}

/** Where the content lives: `content/`, or `EDITION_CONTENT_DIR` (used by tests and benches). */
export function contentDir(): string {
  return resolve(process.env.EDITION_CONTENT_DIR ?? 'content');
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
}

function readEntries<T>(
  root: string,
  folder: string,
  schema: Parameters<typeof validateFrontmatter>[0],
  problems: ProblemList,
): Array<{ slug: string; file: string; data: T; body: string; parsed: ParsedFile }> {
  const dir = join(root, folder);
  const entries = [];
  for (const name of markdownFiles(dir)) {
    const path = join(dir, name);
    const file = relative(process.cwd(), path);
    const slug = name.slice(0, -'.md'.length);
    if (!SLUG.test(slug)) {
      problems.add({
        file,
        field: 'file name',
        problem: `"${name}" does not make a valid slug (it becomes the page address)`,
        fix: 'rename the file to lowercase words joined by single hyphens, e.g. "type-071.md"',
      });
      continue;
    }
    const parsed = parseMarkdownFile(file, readFileSync(path, 'utf8'), problems);
    if (!parsed) continue;
    const data = validateFrontmatter(schema, parsed, problems) as T | undefined;
    if (data === undefined) continue;
    entries.push({ slug, file, data, body: parsed.body, parsed });
  }
  return entries;
}

function readManifest(root: string, problems: ProblemList): { manifest: PermalinkManifest; file: string } {
  const path = join(root, 'permalinks.json');
  const file = relative(process.cwd(), path);
  const empty = { published: {}, moved: {}, claims: { published: [], moved: {} }, entities: { published: [], moved: {} } };
  if (!existsSync(path)) {
    problems.add({
      file,
      field: 'file',
      problem: 'the permalink manifest is missing',
      fix: 'run "npm run permalinks" to record the current paragraph ids, and commit content/permalinks.json',
    });
    return { manifest: empty, file };
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    problems.add({
      file,
      field: 'file',
      problem: `not valid JSON: ${(error as Error).message}`,
      fix: 'correct the JSON (a trailing comma or a missing quote is the usual cause)',
    });
    return { manifest: empty, file };
  }
  const result = permalinkManifestSchema.safeParse(json);
  if (!result.success) {
    for (const issue of result.error.issues) {
      problems.add({
        file,
        field: issue.path.join('.') || 'file',
        problem: issue.message,
        fix: 'keep the shape { "published": { "<article>": ["<id>", …] }, "moved": { "<article>": { "<old id>": "<new id>" } } }',
      });
    }
    return { manifest: empty, file };
  }
  return { manifest: result.data, file };
}

/** Loads and validates every file; throws a ContentError listing all problems. */
export function loadContent(root = contentDir()): LoadedContent {
  const problems = new ProblemList();
  const articles = readEntries<ArticleData>(root, 'articles', articleSchema, problems) as ArticleEntry[];
  const entities = readEntries<EntityData>(root, 'entities', entitySchema, problems) as EntityEntry[];
  const pages = readEntries<PageData>(root, 'pages', pageSchema, problems) as PageEntry[];
  const { manifest, file: permalinksFile } = readManifest(root, problems);
  if (articles.length === 0 && problems.size === 0) {
    problems.add({
      file: relative(process.cwd(), join(root, 'articles')),
      field: 'folder',
      problem: 'there is no article to publish',
      fix: 'add the article as content/articles/<slug>.md',
    });
  }
  checkReferences(articles, entities, problems);
  problems.throwIfAny();
  return { root, articles, entities, pages, permalinks: manifest, permalinksFile };
}

/** References between files: ids unique, entity slugs that exist, aliases owned once. */
function checkReferences(articles: ArticleEntry[], entities: EntityEntry[], problems: ProblemList): void {
  const slugs = new Set(entities.map((e) => e.slug));
  const unknownEntity = (file: string, line: number | undefined, field: string, slug: string): ContentProblem => {
    const guesses = closest(slug, slugs);
    return {
      file,
      line,
      field,
      problem: `refers to the entity "${slug}", which does not exist (no content/entities/${slug}.md)`,
      fix: guesses.length
        ? `use an existing slug (did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?) or add content/entities/${slug}.md`
        : `add content/entities/${slug}.md, or remove the reference`,
    };
  };

  const claimIds = new Map<string, { file: string; line?: number }>();
  for (const article of articles) {
    const { data, parsed, file } = article;
    for (const [path, slug] of [
      [['author', 'entity'], data.author.entity],
      [['publication', 'entity'], data.publication.entity],
      [['firstAppeared', 'entity'], data.firstAppeared?.entity],
    ] as const) {
      if (slug && !slugs.has(slug)) problems.add(unknownEntity(file, parsed.lineOf(path), path.join('.'), slug));
    }
    data.claims.forEach((claim, i) => {
      const line = parsed.lineOf(['claims', i, 'id']);
      const first = claimIds.get(claim.id);
      if (first) {
        problems.add({
          file,
          line,
          field: `claims[${i}].id`,
          problem: `the claim id "${claim.id}" is used twice (first at ${first.file}:${first.line ?? '?'})`,
          fix: 'give each claim its own id; ids are permalinks (#claim-<id>), so rename the newer one',
        });
      } else claimIds.set(claim.id, { file, line });
      claim.entities.forEach((slug, j) => {
        if (!slugs.has(slug)) {
          problems.add(unknownEntity(file, parsed.lineOf(['claims', i, 'entities', j]), `claims[${i}].entities[${j}] (claim "${claim.id}")`, slug));
        }
      });
    });
  }

  const aliasOwner = new Map<string, EntityEntry>();
  for (const entity of entities) {
    entity.data.related.forEach((slug, j) => {
      if (!slugs.has(slug)) problems.add(unknownEntity(entity.file, entity.parsed.lineOf(['related', j]), `related[${j}]`, slug));
      else if (slug === entity.slug) {
        problems.add({
          file: entity.file,
          line: entity.parsed.lineOf(['related', j]),
          field: `related[${j}]`,
          problem: 'an entity cannot be related to itself',
          fix: `remove "${slug}" from related`,
        });
      }
    });
    entity.data.aliases.forEach((alias, j) => {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== entity) {
        problems.add({
          file: entity.file,
          line: entity.parsed.lineOf(['aliases', j]),
          field: `aliases[${j}]`,
          problem: `the alias "${alias}" is also claimed by "${owner.slug}" (${owner.file}), so a mention could not be attributed`,
          fix: `keep "${alias}" in one entity only, or use a longer, distinct form in one of them`,
        });
      } else if (owner === entity) {
        problems.add({
          file: entity.file,
          line: entity.parsed.lineOf(['aliases', j]),
          field: `aliases[${j}]`,
          problem: `the alias "${alias}" is listed twice`,
          fix: 'remove the duplicate',
        });
      } else aliasOwner.set(alias, entity);
    });
  }
}
