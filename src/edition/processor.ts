/**
 * The one Markdown pipeline of the site: CommonMark + GFM to a HAST tree, with raw HTML
 * dropped (remark-rehype's default) so that a `<script>` or `onerror=` written in content never
 * reaches a page. Article text, notes and entity bodies all go through here.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import { createRequire } from 'node:module';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import type { Root, Element, ElementContent } from 'hast';

const toHast = unified().use(remarkParse).use(remarkGfm).use(remarkRehype);

/**
 * Sanitising after the Markdown → HTML step also catches what Markdown itself can express,
 * such as `[x](javascript:alert(1))`. GitHub's schema prefixes ids with "user-content-";
 * we keep our own heading ids instead.
 */
const sanitizeSchema = { ...defaultSchema, clobberPrefix: '', clobber: [] };

const sanitize = unified().use(rehypeSanitize, sanitizeSchema);

/** Markdown → sanitised HAST (positions kept, for error lines). */
export function markdownToHast(markdown: string): Root {
  const tree = toHast.runSync(toHast.parse(markdown)) as Root;
  return sanitize.runSync(tree) as Root;
}

/**
 * Headings get ids and anchors. The plugin's package, @astrojs/markdown-remark, takes ~0.7 s of
 * CPU to load (it brings Shiki), so it loads on first use: the content check
 * (`npm run check-content`) renders no heading and stays fast.
 */
let headings: ReturnType<typeof headingsProcessor> | undefined;
function headingsProcessor() {
  const { rehypeHeadingIds } = createRequire(import.meta.url)('@astrojs/markdown-remark') as typeof import('@astrojs/markdown-remark');
  return (
    unified()
      .use(rehypeHeadingIds)
      // rehypeHeadingIds must run first: autolink-headings only links headings that have an id.
      // "wrap" makes the heading itself the link: one accessible name, no stray "#" read aloud.
      .use(rehypeAutolinkHeadings, { behavior: 'wrap', properties: { className: ['heading-link'] } })
  );
}

/** Markdown → HTML for prose blocks (notes, entity bodies, pages), headings with anchors. */
export function renderMarkdown(markdown: string): string {
  const tree = markdownToHast(markdown);
  headings ??= headingsProcessor();
  headings.runSync(tree, new VFile());
  return toHtml(tree);
}

/**
 * Markdown → HTML of its inline content only (no `<p>` wrapper), for text that sits inside a
 * paragraph or a label, like a margin note inside the article's `<p>`.
 */
export function renderInlineMarkdown(markdown: string): ElementContent[] {
  const tree = markdownToHast(markdown);
  const out: ElementContent[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    // Paragraph breaks inside a note become spaces: the note is one run of inline text.
    if (out.length > 0) out.push({ type: 'text', value: ' ' });
    out.push(...(node as Element).children);
  }
  return out;
}

export { toHtml };
