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
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { ProblemList } from './errors.ts';
import { checkReferences } from './cross-checks.ts';
import { parseMarkdownFile, type ParsedFile } from './frontmatter.ts';
import { validateFrontmatter } from './validate.ts';
import { checkMarkdown } from './markdown-rules.ts';
import { checkQuoteCharacters } from './text-rules.ts';
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

interface PageEntry {
  slug: string;
  file: string;
  data: PageData;
  body: string;
  parsed: ParsedFile;
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

/**
 * A fingerprint of the content folder: every file's path, size and modification time. It changes
 * whenever an editor saves, adds, renames or deletes a file, and costs a few dozen `stat` calls,
 * so a cached edition can be reused until the content actually changes.
 */
export function contentStamp(root = contentDir()): string {
  if (!existsSync(root)) return '';
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      const { size, mtimeMs } = statSync(path);
      return `${path}\t${size}\t${mtimeMs}`;
    })
    .sort()
    .join('\n');
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
  /** Every slug with a file, valid or not: a reference to a broken file is not "missing". */
  found = new Set<string>(),
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
    found.add(slug);
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
    // A byte-order mark (some editors add one) is not JSON; without this it reads "Unexpected token".
    json = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
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
  const entitySlugs = new Set<string>();
  const entities = readEntries<EntityData>(root, 'entities', entitySchema, problems, entitySlugs) as EntityEntry[];
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
  for (const article of articles) {
    if (article.body.trim() !== '') continue;
    // Said once: every quote, alias and permalink would otherwise report its own "not found".
    problems.add({
      file: article.file,
      line: article.parsed.bodyLine,
      field: 'text',
      problem: 'the article has no text: nothing follows the front-matter',
      fix: 'paste the article\'s text after the closing "---" line, one blank line between paragraphs',
    });
  }
  checkMarkdown({ articles, entities, pages }, problems);
  checkQuoteCharacters(articles, problems);
  checkReferences(articles, entities, problems, entitySlugs);
  problems.throwIfAny();
  return { root, articles, entities, pages, permalinks: manifest, permalinksFile };
}
