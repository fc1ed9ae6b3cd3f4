/**
 * rehype plugin: marks the claims of a tree of paragraphs. Each claim is a range of a
 * paragraph's text (the author's words only; see hast-range.ts) and becomes
 * `<mark data-claim="<id>" id="claim-<id>">`, with the nodes given in `before` (the note) put
 * right before the mark and those in `after` (the note's markers) right after it.
 *
 * Claims may nest (one quote inside another) but not overlap otherwise; the anchoring step has
 * refused those already. Outer claims are marked before the claims they contain, whatever the
 * order given, so each inner mark lands inside its outer one. A range that crosses an element
 * boundary is marked in pieces, one per element; the id goes on the first piece made.
 */
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';
import { claimAnchor } from '../lib/routes.ts';
import { insertAfter, insertBefore, wrapRange } from './hast-range.ts';

/** One claim: which paragraph (the tree's nth element child), where in its text, and its id. */
interface ClaimMark {
  paragraph: number;
  start: number;
  end: number;
  id: string;
  /** More properties for the mark (its ties to its note and margin item, the lens's tokens). */
  properties?: Readonly<Record<string, string>>;
  /** Nodes to put right before the mark (the claim's margin item). */
  before?: ElementContent[];
  /** Nodes to put right after the mark (the marker that opens its note). */
  after?: ElementContent[];
}

interface MarkClaimsOptions {
  claims: readonly ClaimMark[];
}

export default function markClaims(options: MarkClaimsOptions) {
  return (tree: Root): void => {
    const paragraphs = tree.children.filter((node): node is Element => node.type === 'element');
    const outerFirst = [...options.claims].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start || b.end - a.end);
    for (const claim of outerFirst) {
      const paragraph = paragraphs[claim.paragraph];
      if (!paragraph) throw new Error(`markClaims: claim "${claim.id}" is in paragraph ${claim.paragraph}, which the tree does not have`);
      const wrapped = wrapRange(paragraph, claim.start, claim.end, () => h('mark', { dataClaim: claim.id, ...claim.properties }));
      if (wrapped.length === 0) throw new Error(`markClaims: claim "${claim.id}" covers no text (${claim.start}–${claim.end})`);
      wrapped[0]!.element.properties.id = claimAnchor(claim.id);
      if (claim.after?.length) insertAfter(wrapped.at(-1)!, ...claim.after);
      // The note goes just before the marked words: in the wide layout it floats into the
      // margin from there, so its top is level with the first line of the words it annotates.
      if (claim.before?.length) insertBefore(wrapped[0]!, ...claim.before);
    }
  };
}
