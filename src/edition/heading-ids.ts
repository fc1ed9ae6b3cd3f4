/**
 * The ids a Markdown body's headings get on the page, and the check that none takes an id the
 * page's template already uses: a heading "Main" in an entity's body would otherwise become a
 * second `id="main"`, and the skip link would land on it.
 *
 * Rendering every body to read its ids would make the content check render what the pages
 * render later; instead a body is rendered here only when one of its headings could slug to a
 * reserved id (compared on letters and digits alone, so nothing that could match is missed).
 */
import type { Element, Root } from 'hast';
import { renderMarkdownTree } from './processor.ts';
import { RESERVED_IDS, RESERVED_PREFIXES, reservedIdReason, type PageKind } from '../lib/reserved-ids.ts';
import type { ProblemList } from '../content/errors.ts';

/** Each heading's id in a rendered tree, with its 1-based line in the Markdown. */
export function headingIds(tree: Root): Array<{ id: string; line?: number }> {
  const found: Array<{ id: string; line?: number }> = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (/^h[1-6]$/.test(child.tagName) && typeof child.properties.id === 'string') {
        found.push({ id: child.properties.id, line: child.position?.start.line });
      }
      visit(child);
    }
  };
  visit(tree);
  return found;
}

const loose = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether a heading of `markdown` (ATX "## …" or setext, underlined) could take a reserved id. */
export function mayTakeReservedId(markdown: string, page: PageKind): boolean {
  // Headings inside block quotes and list items count too: container markers are set aside.
  const lines = markdown.split('\n').map((line) => line.replace(/^(?:\s*(?:>|[-*+]|\d{1,9}[.)])(?=\s|$))*\s*/, ''));
  const headings = lines.flatMap((line, i) => {
    const atx = /^#{1,6}(?:\s+(.*?))?\s*#*\s*$/.exec(line);
    if (atx) return [atx[1] ?? ''];
    // A setext heading is the text above a line of "=" or "-" (a "-" line may also be a rule).
    return /^(?:=+|-+)\s*$/.test(lines[i + 1] ?? '') && line.trim() ? [line] : [];
  });
  const ids = RESERVED_IDS[page].map(loose);
  const prefixes = RESERVED_PREFIXES.map(loose);
  return headings.some((heading) => {
    const text = loose(heading);
    return ids.includes(text) || prefixes.some((prefix) => text.startsWith(prefix));
  });
}

/** Adds a problem for every heading of the body whose id the page reserves. */
export function checkHeadingIds(
  entry: { file: string; body: string; parsed: { bodyLine: number } },
  page: PageKind,
  problems: ProblemList,
): void {
  if (!mayTakeReservedId(entry.body, page)) return;
  for (const { id, line } of headingIds(renderMarkdownTree(entry.body))) {
    const reason = reservedIdReason(id, page);
    if (!reason) continue;
    problems.add({
      file: entry.file,
      line: line === undefined ? undefined : entry.parsed.bodyLine + line - 1,
      field: `heading "${id}"`,
      problem: `the heading would get the id "${id}", which the page needs for itself: ${reason}`,
      fix: 'reword the heading (its id is made from its words)',
    });
  }
}
