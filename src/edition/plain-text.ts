/**
 * A note's Markdown as the plain text a reader sees, for exports that other tools display as
 * they like (`/annotations.jsonld`, ClaimReview's `reviewBody`): emphasis and link syntax gone,
 * link words kept, nothing another renderer could turn into markup.
 */
import type { ElementContent } from 'hast';
import { renderInlineMarkdown } from './processor.ts';

function text(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(text).join('');
  return '';
}

/** Inline Markdown → plain text, whitespace runs as single spaces. */
export function plainText(markdown: string): string {
  return renderInlineMarkdown(markdown).map(text).join('').replace(/\s+/g, ' ').trim();
}
