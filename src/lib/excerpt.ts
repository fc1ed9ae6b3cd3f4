/**
 * A short excerpt around a mention, for the glossary: a few words either side, cut at word
 * boundaries and, where one is near, at the sentence boundary, with the mention's offsets in the
 * excerpt so the page can mark it.
 *
 * An ellipsis marks a cut inside a sentence. An excerpt that begins where a sentence begins, or
 * ends where one ends, needs none there (the usual rule for quotations), so a reader can tell
 * "…the West has formalized" (cut) from "The West has long enforced" (the sentence's start).
 */
import { sentenceEnds, sentenceStarts } from './sentences.ts';

export const ELLIPSIS = '…';

export interface ExcerptOptions {
  /** Words to keep on each side of the mention, at most. */
  words?: number;
}

export interface Excerpt {
  /** Text before the mention, with a leading ellipsis when cut. */
  before: string;
  /** The mention, exactly as in the text. */
  match: string;
  /** Text after the mention, with a trailing ellipsis when cut. */
  after: string;
  /** `before + match + after`. */
  text: string;
  /** Where the mention lies in `text`. */
  highlight: { start: number; end: number };
  /** Whether words were left out before or after (not counting a cut at a sentence boundary). */
  cutBefore: boolean;
  cutAfter: boolean;
}

export const DEFAULT_WORDS = 8;

/** A word: a run of non-space characters with at least one letter or digit ("(AVIC)", "$2"). */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;

/** Punctuation left dangling at a cut ("…, the West" → "…the West"; "Russia, …" → "Russia…"). */
const DANGLING_START = /^[\s,;:)\]–—-]+/u;
const DANGLING_END = /[\s,;:([–—-]+$/u;

/**
 * The excerpt of `text` around `[start, end)`. Offsets are UTF-16 code units, as everywhere in
 * the edition (they come from `String.prototype.matchAll`).
 */
export function excerptAround(text: string, start: number, end: number, options: ExcerptOptions = {}): Excerpt {
  if (!(0 <= start && start < end && end <= text.length)) {
    throw new RangeError(`excerptAround: [${start}, ${end}) is not a non-empty range of a text of length ${text.length}`);
  }
  const words = Math.max(0, options.words ?? DEFAULT_WORDS);

  // Before: back `words` words from the mention, to the start of a word (or the text's start).
  // What touches the mention ("(" of "(AVIC)", "Sino-" of "Sino-Iran") belongs to it, uncounted.
  const head = start - /\S*$/u.exec(text.slice(0, start))![0].length;
  const wordsBefore = [...text.slice(0, head).matchAll(WORD)];
  let from = wordsBefore.length > words ? (words === 0 ? head : wordsBefore.at(-words)!.index) : 0;
  // Prefer the start of the mention's sentence when it lies inside the window.
  const sentenceStart = sentenceStarts(text).filter((s) => s <= start).at(-1);
  if (sentenceStart !== undefined && sentenceStart > from) from = sentenceStart;

  // After: forward `words` words from the mention, to the end of a word (or the text's end).
  const tail = end + /^\S*/u.exec(text.slice(end))![0].length;
  const wordsAfter = [...text.slice(tail).matchAll(WORD)];
  const lastKept = wordsAfter[words - 1];
  let to = wordsAfter.length > words ? (lastKept ? tail + lastKept.index + lastKept[0].length : tail) : text.length;
  // Prefer the end of the mention's sentence when it lies inside the window.
  const sentenceEnd = sentenceEnds(text).find((e) => e >= end);
  if (sentenceEnd !== undefined && sentenceEnd < to) to = sentenceEnd;

  const starts = new Set(sentenceStarts(text));
  const ends = new Set(sentenceEnds(text));
  const cutBefore = from > 0 && !starts.has(from);
  const cutAfter = to < text.trimEnd().length && !ends.has(to);

  let before = text.slice(from, start);
  let after = text.slice(end, to);
  if (cutBefore) before = ELLIPSIS + before.replace(DANGLING_START, '');
  if (cutAfter) after = after.replace(DANGLING_END, '') + ELLIPSIS;
  if (!cutAfter) after = after.trimEnd();

  const match = text.slice(start, end);
  return {
    before,
    match,
    after,
    text: before + match + after,
    highlight: { start: before.length, end: before.length + match.length },
    cutBefore,
    cutAfter,
  };
}
