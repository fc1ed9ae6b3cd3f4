/**
 * What Markdown each field may use, checked on the Markdown itself (before any rendering), so
 * that nothing an editor writes is silently dropped or breaks the page around it:
 *
 * - Notes, follow-ups and the other one-line prose fields sit inside the article's `<p>` (a
 *   note floats beside the words it annotates). Only inline Markdown fits there: emphasis,
 *   links, code spans. A list, table, code block, quote, heading or footnote would make the
 *   browser close the paragraph around it, leaving the marked words and the ¶ outside it.
 * - Images: the pages promise no request to another site (and the CSP would block it), so an
 *   image must be a file of this site's `public/` folder, linked as `/name.png`. Never in notes.
 * - Raw HTML is never rendered (the pipeline drops it so no `<script>` can get through), and an
 *   HTML block swallows the Markdown lines after it: refused everywhere, with its line.
 */
import { existsSync, statSync } from 'node:fs';
import { normalize, resolve, sep } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root } from 'mdast';
import type { ProblemList } from './errors.ts';
import type { FieldPath, ParsedFile } from './frontmatter.ts';
import type { ArticleData, EntityData } from './schema.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/** One thing in a piece of Markdown that its field does not allow. */
export interface MarkdownFinding {
  /** 1-based line within the Markdown. */
  line: number;
  problem: string;
  fix: string;
}

const BLOCKS: Record<string, string> = {
  list: 'a list',
  table: 'a table',
  code: 'a code block',
  blockquote: 'a block quote',
  heading: 'a heading',
  thematicBreak: 'a horizontal rule',
  footnoteDefinition: 'a footnote',
  definition: 'a link reference definition',
  html: 'raw HTML',
};

const INLINE_FIX =
  "write it as inline text only (emphasis, links, `code`): put a list or longer material in the claim's follow-ups as separate dated events, and cite with a link rather than a footnote";

function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Nodes, visit);
}

const lineOf = (node: Nodes) => node.position?.start.line ?? 1;

/** Images and raw HTML anywhere in `tree` (shared by both rules). */
function imagesAndHtml(tree: Root, allowImage: (url: string) => boolean): MarkdownFinding[] {
  const found: MarkdownFinding[] = [];
  walk(tree, (node) => {
    if (node.type === 'html') {
      found.push({
        line: lineOf(node),
        problem: `raw HTML (${JSON.stringify(node.value.split('\n')[0]!.slice(0, 60))}) is not rendered: it would be dropped from the page with the Markdown lines that follow it`,
        fix: 'write it in Markdown instead (emphasis, links, headings, lists), or remove it',
      });
    } else if (node.type === 'image' && !allowImage(node.url)) {
      found.push({
        line: lineOf(node),
        problem: `the image ${JSON.stringify(node.url)} is not a file of this site (pages load nothing from other sites, and the browser would block it)`,
        fix: 'put the image in public/ and link it as "/file-name.png", or link to the page with [words](https://…) instead',
      });
    } else if (node.type === 'imageReference') {
      found.push({
        line: lineOf(node),
        problem: 'an image by reference (![alt][ref]) is not allowed',
        fix: 'write the image inline as ![alt](/file-name.png), with the file in public/',
      });
    }
  });
  return found;
}

/**
 * Text that could hold a block, an image, raw HTML or a footnote: only it is worth parsing (most
 * notes are one plain line; parsing each of hundreds made the check a noticeable part of the
 * build). Blocks start a line or follow a line break; the rest are marked by "<", "![" or "[^".
 */
const MAYBE_NOT_INLINE = /\n|^\s*(?:[-*+>#|_=]|\d+[.)]|\[[^\]]*\]:|`{3}|~{3})|^ {4}|^\t|<|!\[|\[\^/;

/** Problems with Markdown that must stay inline (a note, a follow-up): blocks, images, HTML, footnotes. */
export function inlineOnlyFindings(markdown: string): MarkdownFinding[] {
  if (!MAYBE_NOT_INLINE.test(markdown)) return [];
  const tree = parser.parse(markdown);
  const found: MarkdownFinding[] = [];
  for (const node of tree.children) {
    const block = BLOCKS[node.type];
    if (block && node.type !== 'html')
      found.push({
        line: lineOf(node),
        problem: `${block} cannot sit inside the article's paragraph, where the note is shown`,
        fix: INLINE_FIX,
      });
  }
  walk(tree, (node) => {
    if (node.type === 'footnoteReference') {
      found.push({
        line: lineOf(node),
        problem: `a footnote reference ([^${node.label ?? node.identifier}]) cannot be shown in a note`,
        fix: INLINE_FIX,
      });
    }
  });
  found.push(...imagesAndHtml(tree, () => false));
  return found.sort((a, b) => a.line - b.line);
}

/** Problems with a page or entity body, or the article's text: images from elsewhere, raw HTML. */
export function bodyFindings(markdown: string, publicDir: string): MarkdownFinding[] {
  // Images and raw HTML both need one of these characters; most bodies need no parse at all.
  if (!/<|!\[/.test(markdown)) return [];
  return imagesAndHtml(parser.parse(markdown), (url) => isSiteFile(url, publicDir));
}

/** A site-local address ("/maps/china.png") of a file that exists in `publicDir`. */
export function isSiteFile(url: string, publicDir: string): boolean {
  if (!url.startsWith('/') || url.startsWith('//')) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://site.invalid').pathname);
  } catch {
    return false;
  }
  const root = resolve(publicDir);
  const file = resolve(root, normalize(`.${path}`));
  if (!file.startsWith(root + sep)) return false;
  return existsSync(file) && statSync(file).isFile();
}

/** The prose fields of an article that are rendered as inline Markdown. */
function inlineFields(data: ArticleData): Array<{ path: FieldPath; claim?: string; text: string }> {
  const fields: Array<{ path: FieldPath; claim?: string; text: string }> = [
    { path: ['author', 'bio'], text: data.author.bio },
    { path: ['disclaimer'], text: data.disclaimer },
  ];
  if (data.firstAppeared) fields.push({ path: ['firstAppeared', 'note'], text: data.firstAppeared.note });
  data.claims.forEach((claim, i) => {
    const c = { claim: claim.id };
    fields.push({ path: ['claims', i, 'note'], text: claim.note, ...c });
    for (const [j, event] of claim.followUps.entries())
      fields.push({ path: ['claims', i, 'followUps', j, 'text'], text: event.text, ...c });
    for (const [j, entry] of (claim.history ?? []).entries())
      fields.push({ path: ['claims', i, 'history', j, 'why'], text: entry.why, ...c });
    for (const [j, entry] of (claim.corrections ?? []).entries()) {
      fields.push({ path: ['claims', i, 'corrections', j, 'text'], text: entry.text, ...c });
    }
  });
  return fields;
}

function fieldName(path: FieldPath): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
}

interface MarkdownEntry {
  file: string;
  body: string;
  parsed: ParsedFile;
}

/** Checks the Markdown of every article, entity and page; adds one problem per finding. */
export function checkMarkdown(
  content: {
    articles: ReadonlyArray<MarkdownEntry & { data: ArticleData }>;
    entities: ReadonlyArray<MarkdownEntry & { data: EntityData }>;
    pages: ReadonlyArray<MarkdownEntry>;
  },
  problems: ProblemList,
  publicDir = resolve('public'),
): void {
  const body = (entry: MarkdownEntry) => {
    for (const f of bodyFindings(entry.body, publicDir)) {
      problems.add({ file: entry.file, line: entry.parsed.bodyLine + f.line - 1, field: 'text', problem: f.problem, fix: f.fix });
    }
  };
  for (const article of content.articles) {
    body(article);
    for (const { path, claim, text } of inlineFields(article.data)) {
      for (const f of inlineOnlyFindings(text)) {
        problems.add({
          file: article.file,
          line: article.parsed.lineOf(path),
          field: `${fieldName(path)}${claim ? ` (claim "${claim}")` : ''}`,
          problem: f.problem,
          fix: f.fix,
        });
      }
    }
  }
  for (const entity of content.entities) {
    body(entity);
    entity.data.corrections?.forEach((entry, j) => {
      for (const f of inlineOnlyFindings(entry.text)) {
        problems.add({
          file: entity.file,
          line: entity.parsed.lineOf(['corrections', j, 'text']),
          field: `corrections[${j}].text`,
          problem: f.problem,
          fix: f.fix,
        });
      }
    });
  }
  content.pages.forEach(body);
}
