/**
 * Text offsets over a HAST paragraph, and wrapping a range of its text in a new element.
 *
 * Offsets count the author's words only: elements the edition inserts (notes, markers,
 * permalink controls) carry `data-pagefind-ignore` and are skipped, so inserting one never
 * shifts the offsets of anything else. That is also what keeps them out of search excerpts.
 */
import type { Element, ElementContent, Root, Text } from 'hast';

/** Marks an element as the edition's, not the author's. */
export const EDITORIAL = { dataPagefindIgnore: 'all' } as const;

function isEditorial(node: ElementContent): boolean {
  return node.type === 'element' && node.properties?.dataPagefindIgnore !== undefined;
}

/** The author's text of a node: text descendants, editorial elements skipped. */
export function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element' && isEditorial(node)) return '';
  if (node.type === 'element' || node.type === 'root') return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

interface Span {
  child: ElementContent;
  start: number;
  end: number;
}

function spansOf(node: Element): Span[] {
  let offset = 0;
  return node.children.map((child) => {
    const start = offset;
    offset += textOf(child).length;
    return { child, start, end: offset };
  });
}

interface Wrapped {
  element: Element;
  parent: Element;
}

/**
 * Wraps the text between `start` and `end` of `root` in elements made by `make`. One wrapper
 * when the range sits within one parent; when it straddles an element boundary (a range ending
 * inside a link, say), one wrapper per piece, each inside the element it belongs to.
 */
export function wrapRange(root: Element, start: number, end: number, make: () => Element): Wrapped[] {
  const created: Wrapped[] = [];

  const splitText = (parent: Element, index: number, at: number) => {
    const node = parent.children[index] as Text;
    const before: Text = { type: 'text', value: node.value.slice(0, at) };
    const after: Text = { type: 'text', value: node.value.slice(at) };
    parent.children.splice(index, 1, before, after);
  };

  const wrapIn = (node: Element, from: number, to: number) => {
    const spans = spansOf(node);
    const touched = spans.map((span, i) => ({ ...span, i })).filter((s) => s.end > s.start && s.start < to && s.end > from);
    if (touched.length === 0) return;
    const only = touched.length === 1 ? touched[0]! : undefined;
    if (only && only.child.type === 'element' && (only.start < from || only.end > to)) {
      wrapIn(only.child, from - only.start, to - only.start);
      return;
    }
    let first = touched[0]!.i;
    let last = touched.at(-1)!.i;

    // The end boundary first, so that splitting it does not move the start's index.
    const lastSpan = spans[last]!;
    if (lastSpan.end > to) {
      if (lastSpan.child.type === 'text') splitText(node, last, to - lastSpan.start);
      else {
        wrapIn(lastSpan.child as Element, 0, to - lastSpan.start);
        last -= 1;
      }
    }
    const firstSpan = spans[first]!;
    if (firstSpan.start < from) {
      if (firstSpan.child.type === 'text') {
        splitText(node, first, from - firstSpan.start);
        first += 1;
        last += 1;
      } else {
        wrapIn(firstSpan.child as Element, from - firstSpan.start, firstSpan.end - firstSpan.start);
        first += 1;
      }
    }
    if (first > last) return;
    const wrapper = make();
    wrapper.children = node.children.slice(first, last + 1);
    node.children.splice(first, last - first + 1, wrapper);
    created.push({ element: wrapper, parent: node });
  };

  wrapIn(root, start, end);
  return created;
}

/** True when `start..end` of `root` lies inside a single text node (no element boundary in it). */
export function withinOneTextNode(root: Element, start: number, end: number): boolean {
  for (const span of spansOf(root)) {
    if (span.start <= start && end <= span.end && span.end > span.start) {
      if (span.child.type === 'text') return true;
      if (span.child.type === 'element') return withinOneTextNode(span.child, start - span.start, end - span.start);
    }
  }
  return false;
}

/** Inserts `nodes` right before `wrapped.element` in its parent. */
export function insertBefore(wrapped: Wrapped, ...nodes: ElementContent[]): void {
  const index = wrapped.parent.children.indexOf(wrapped.element);
  wrapped.parent.children.splice(index, 0, ...nodes);
}

/** Inserts `nodes` right after `wrapped.element` in its parent. */
export function insertAfter(wrapped: Wrapped, ...nodes: ElementContent[]): void {
  const index = wrapped.parent.children.indexOf(wrapped.element);
  wrapped.parent.children.splice(index + 1, 0, ...nodes);
}
