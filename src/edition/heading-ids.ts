/**
 * The ids a Markdown body's headings will get on the page (the same slugger the page uses), and
 * the check that none takes an id the page's template already uses: a heading "Main" in an
 * entity's body would otherwise become a second `id="main"`, and the skip link would land on it.
 */
import { unified } from 'unified';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import { VFile } from 'vfile';
import type { Element, Root } from 'hast';
import { markdownToHast } from './processor.ts';
import { reservedIdReason, type PageKind } from '../lib/reserved-ids.ts';
import type { ProblemList } from '../content/errors.ts';

const slugger = unified().use(rehypeHeadingIds);

/** Each heading's id as rendered, with its 1-based line in the Markdown. */
export function headingIds(markdown: string): Array<{ id: string; line?: number }> {
  const tree = markdownToHast(markdown);
  slugger.runSync(tree, new VFile());
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

/** Adds a problem for every heading of `body` whose id the page reserves. */
export function checkHeadingIds(
  entry: { file: string; body: string; parsed: { bodyLine: number } },
  page: PageKind,
  problems: ProblemList,
): void {
  for (const { id, line } of headingIds(entry.body)) {
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
