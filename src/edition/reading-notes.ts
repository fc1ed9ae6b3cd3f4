/**
 * A claim as the reading page shows it, in three pieces around the marked words:
 *
 * - the margin item, before the words: number, labels and the one-line conclusion, floated into
 *   the margin on wide screens so its top is level with the words. Hidden from assistive
 *   technology (`aria-hidden`), which gets the whole note instead, and holds nothing focusable;
 * - the marker, after the words: a button that opens the whole note (HTML `popovertarget`, so
 *   with JavaScript off too), bound to the word before it by a word joiner so it never wraps
 *   onto a line of its own;
 * - the whole note, after the paragraph: a popover anchored to its marker, printed right after
 *   its paragraph. It links to the claim's own page for follow-ups and sources, which keeps the
 *   article light.
 *
 * All three are the edition's, not the author's (`EDITORIAL`; the notes' container after the
 * paragraph is marked so by the page), so text offsets, search excerpts and each paragraph's
 * accessible text stay the author's words. The lens reads a claim's type and verdict group from
 * its mark (`data-lens`); the margin item and marker are found beside it.
 */
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Claim } from '../content/schema.ts';
import { TYPE_LABELS, VERDICT_LABELS } from '../content/vocabulary.ts';
import { formatPartialDate } from '../lib/dates.ts';
import { firstSentence } from '../lib/sentences.ts';
import { EDITORIAL, textOf } from './hast-range.ts';
import { noteContent } from './note.ts';
import { verdictShape } from './reading-lens.ts';

/** The longest conclusion the margin has room for (two lines of small type beside the labels). */
export const CONCLUSION_MAX = 60;
const ELLIPSIS = '…';

/**
 * The claim's one-line conclusion; until every claim has one, the note's first sentence, cut at
 * a word to fit and ended with an ellipsis.
 */
export function conclusionOf(claim: Claim): string {
  if (claim.conclusion) return claim.conclusion;
  // The words the note shows (Markdown rendered, raw HTML dropped), not its source.
  const sentence = firstSentence(textOf({ type: 'root', children: noteContent(claim) }).replace(/\s+/g, ' '));
  if (sentence.length <= CONCLUSION_MAX) return sentence;
  const cut = sentence.slice(0, CONCLUSION_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > CONCLUSION_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}${ELLIPSIS}`;
}

/**
 * The element id of a claim's whole note, by its number in the article: short, because it is
 * written six times per claim. Not an address anyone links to (`#claim-<id>` is).
 */
export function noteId(number: number): string {
  return `n${number}`;
}

/** Type and verdict as text labels: never colour alone. */
function labels(claim: Claim): Element[] {
  return [
    h('span.tag', { className: [`t-${claim.type}`] }, TYPE_LABELS[claim.type].label),
    h('span.tag.v', { className: [`v-${claim.verdict}`] }, VERDICT_LABELS[claim.verdict].label),
  ];
}

/** The element id of a claim's margin item, which is also the short description of its mark. */
export function marginItemId(number: number): string {
  return `m${number}`;
}

/**
 * The margin's index entry for a claim: number, labels and conclusion. Hidden from assistive
 * technology, which reads the same words as the description of the mark (`aria-describedby`
 * reads hidden text) and the whole note through the marker.
 */
export function marginItem(claim: Claim, number: number): Element {
  return h('span.mi', { id: marginItemId(number), ariaHidden: 'true', dataClaimMargin: claim.id, ...EDITORIAL }, [
    h('b', `${number}`),
    ' ',
    ...labels(claim).flatMap((label) => [label, ' ']),
    conclusionOf(claim),
  ]);
}

/** What the marker says to a screen reader: what it opens. */
export function markerLabel(claim: Claim, number: number): string {
  return `Whole note ${number}, ${VERDICT_LABELS[claim.verdict].label}`;
}

/**
 * The marker after the marked words: the note's number and its verdict's shape. The word joiner
 * (U+2060) before it forbids a line break between the last marked word and the marker.
 */
export function noteMarker(claim: Claim, number: number): Element {
  return h('span.mw', { ...EDITORIAL }, [
    '\u2060',
    h(
      'button.mk',
      { type: 'button', popoverTarget: noteId(number), ariaLabel: markerLabel(claim, number) },
      `${number}${verdictShape(claim)}`,
    ),
  ]);
}

export interface WholeNoteOptions {
  /** The claim's page on this site (`/claims/<id>/`), for its follow-ups and sources; print shows its full address after the link (notes.css). */
  pageHref: string;
}

/**
 * The whole note: labels, conclusion, the note itself, a link to the claim's page and when it
 * was last reviewed. A popover opened by its marker; printed after its paragraph.
 */
export function wholeNote(claim: Claim, number: number, options: WholeNoteOptions): Element {
  const id = noteId(number);
  // The claim page's link last: in print its full address follows it (notes.css), where the
  // follow-ups and sources are.
  const footer = [
    ...(claim.reviewed ? ['Reviewed ', h('time', { dateTime: claim.reviewed }, formatPartialDate(claim.reviewed)), ' · '] : []),
    h('a', { href: options.pageHref }, 'Follow-ups and sources'),
  ];
  return h('div.note', { id, popover: 'auto', role: 'dialog', ariaLabelledBy: `${id}h`, dataClaimNote: claim.id }, [
    h('p.note-h', { id: `${id}h` }, [`Note ${number}`, ...labels(claim).flatMap((label) => [' ', label])]),
    ...(claim.conclusion ? [h('p.note-c', claim.conclusion)] : []),
    h('p', noteContent(claim)),
    h('p.note-f', footer),
    h('button.x', { type: 'button', popoverTarget: id, popoverTargetAction: 'hide', ariaLabel: 'Close' }, '×'),
  ]);
}
