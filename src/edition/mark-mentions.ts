/**
 * rehype plugin: links the entity mentions of a tree of paragraphs. Each mention is a range of
 * a paragraph's text (the author's words only; see hast-range.ts) and becomes a button that
 * opens the entity's popover: `<button class="ent" popovertarget="entity-<slug>" data-entity>`.
 *
 * A mention whose range crosses an element boundary (half inside emphasis, say) cannot be
 * wrapped in one button without breaking the markup, and one inside a link (or a button) would
 * put a control inside a control, which HTML forbids: either is left as text, and its index in
 * `options.mentions` is listed in `file.data.unlinkedMentions`, so the caller can record it as
 * not linked.
 */
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { entityPopoverId } from '../lib/routes.ts';
import { textOf, withinOneTextNode, wrapRange } from './hast-range.ts';

/** One mention: which paragraph (the tree's nth element child), where in its text, of what. */
interface MentionMark {
  paragraph: number;
  start: number;
  end: number;
  slug: string;
}

interface MarkMentionsOptions {
  mentions: readonly MentionMark[];
}

declare module 'vfile' {
  interface DataMap {
    /** Indices (in the options' `mentions`) of the mentions left unlinked. */
    unlinkedMentions: number[];
  }
}

const INTERACTIVE = new Set(['a', 'button']);

/** Whether the text at `start..end` of `node` lies inside a link or a button (or is one's whole text). */
function insideInteractive(node: Element, start: number, end: number): boolean {
  let offset = 0;
  for (const child of node.children as ElementContent[]) {
    const length = textOf(child).length;
    if (child.type === 'element' && length > 0 && offset <= start && end <= offset + length) {
      return INTERACTIVE.has(child.tagName) || insideInteractive(child, start - offset, end - offset);
    }
    offset += length;
  }
  return false;
}

export default function markMentions(options: MarkMentionsOptions) {
  return (tree: Root, file: VFile): void => {
    const paragraphs = tree.children.filter((node): node is Element => node.type === 'element');
    const unlinked: number[] = [];
    const indexed = options.mentions.map((mention, index) => ({ mention, index }));
    paragraphs.forEach((paragraph, p) => {
      // From the last mention of the paragraph to the first, as the content lists them.
      for (const { mention, index } of indexed.filter(({ mention }) => mention.paragraph === p).reverse()) {
        if (!withinOneTextNode(paragraph, mention.start, mention.end) || insideInteractive(paragraph, mention.start, mention.end)) {
          unlinked.push(index);
          continue;
        }
        wrapRange(paragraph, mention.start, mention.end, () =>
          h('button.ent', { type: 'button', popoverTarget: entityPopoverId(mention.slug), dataEntity: mention.slug }),
        );
      }
    });
    file.data.unlinkedMentions = unlinked.sort((a, b) => a - b);
  };
}
