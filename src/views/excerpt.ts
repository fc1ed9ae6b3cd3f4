/**
 * Short excerpts around mentions, for the glossary: a few words either side, cut at word
 * boundaries and, where one is near, at the sentence boundary, with the mentions' offsets in the
 * excerpt so the page can mark them.
 *
 * An ellipsis marks a cut inside a sentence. An excerpt that begins where a sentence begins, or
 * ends where one ends, needs none there (the usual rule for quotations), so a reader can tell
 * "…the West has formalized" (cut) from "The West has long enforced" (the sentence's start).
 *
 * Mentions a few words apart ("the Aviation Industry Corporation of China (AVIC)") share one
 * excerpt with each of them marked, rather than two near-identical excerpts.
 */
import { sentenceEnds, sentenceStarts } from '../lib/sentences.ts';

export const ELLIPSIS = '…';

const DEFAULT_WORDS = 8;

interface ExcerptOptions {
  /** Words to keep on each side of the mentions, at most. */
  words?: number;
}

/** A half-open range of UTF-16 offsets, as `String.prototype.matchAll` reports them. */
interface Range {
  start: number;
  end: number;
}

interface ExcerptPart {
  text: string;
  /** A mention: render it in `<mark>`. */
  marked: boolean;
}

export interface Excerpt {
  /** The excerpt as runs of text in order, the mentions marked; ellipses included. */
  parts: ExcerptPart[];
  /** All parts joined. */
  text: string;
  /** Where each mention lies in `text`. */
  highlights: Range[];
  /** Whether the excerpt is cut inside a sentence at its start or at its end. */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** A word: a run of non-space characters with at least one letter or digit ("(AVIC)", "$2"). */
const WORD = /\S*[\p{L}\p{N}]\S*/gu;

/** Punctuation left dangling at a cut ("…, the West" → "…the West"; "Russia, …" → "Russia…"). */
const DANGLING_START = /^[\s,;:)\]–—-]+/u;
const DANGLING_END = /[\s,;:([–—-]+$/u;

const wordCount = (text: string) => [...text.matchAll(WORD)].length;

function checkRanges(text: string, ranges: readonly Range[]): void {
  ranges.forEach(({ start, end }, i) => {
    const previousEnd = i === 0 ? 0 : ranges[i - 1]!.end;
    if (!(previousEnd <= start && start < end && end <= text.length)) {
      throw new RangeError(
        `excerpt: [${start}, ${end}) is not a non-empty range of a text of length ${text.length}, after the ranges before it`,
      );
    }
  });
}

/**
 * Groups mentions (in text order, not overlapping) into runs that one excerpt can show: two
 * mentions go together when at most `words` words separate them, so that their excerpts would
 * otherwise repeat each other.
 */
export function clusterRanges<R extends Range>(text: string, ranges: readonly R[], options: ExcerptOptions = {}): R[][] {
  const words = Math.max(0, options.words ?? DEFAULT_WORDS);
  checkRanges(text, ranges);
  const clusters: R[][] = [];
  for (const range of ranges) {
    const current = clusters.at(-1);
    const previous = current?.at(-1);
    if (current && previous && wordCount(text.slice(previous.end, range.start)) <= words) current.push(range);
    else clusters.push([range]);
  }
  return clusters;
}

/**
 * The excerpt of `text` around one mention or several (in text order, not overlapping): from
 * `words` words before the first to `words` words after the last, everything between kept.
 */
export function excerptAround(text: string, mentions: Range | readonly Range[], options: ExcerptOptions = {}): Excerpt {
  const ranges = Array.isArray(mentions) ? (mentions as readonly Range[]) : [mentions as Range];
  if (ranges.length === 0) throw new RangeError('excerpt: no mention to show');
  checkRanges(text, ranges);
  const words = Math.max(0, options.words ?? DEFAULT_WORDS);
  const start = ranges[0]!.start;
  const end = ranges.at(-1)!.end;

  // Before: back `words` words from the first mention, to the start of a word (or the text's
  // start). What touches the mention ("(" of "(AVIC)", "Sino-" of "Sino-Iran") belongs to it.
  const head = start - /\S*$/u.exec(text.slice(0, start))![0].length;
  const wordsBefore = [...text.slice(0, head).matchAll(WORD)];
  let from = wordsBefore.length > words ? (words === 0 ? head : wordsBefore.at(-words)!.index) : 0;
  // Prefer the start of the mention's sentence when it lies inside the window.
  const starts = sentenceStarts(text);
  const sentenceStart = starts.filter((s) => s <= start).at(-1);
  if (sentenceStart !== undefined && sentenceStart > from) from = sentenceStart;

  // After: forward `words` words from the last mention, to the end of a word (or the text's end).
  const tail = end + /^\S*/u.exec(text.slice(end))![0].length;
  const wordsAfter = [...text.slice(tail).matchAll(WORD)];
  const lastKept = wordsAfter[words - 1];
  let to = wordsAfter.length > words ? (lastKept ? tail + lastKept.index + lastKept[0].length : tail) : text.length;
  // Prefer the end of the mention's sentence when it lies inside the window.
  const ends = sentenceEnds(text);
  const sentenceEnd = ends.find((e) => e >= end);
  if (sentenceEnd !== undefined && sentenceEnd < to) to = sentenceEnd;

  const cutBefore = from > 0 && !starts.includes(from);
  const cutAfter = to < text.trimEnd().length && !ends.includes(to);

  // Runs: the text before, each mention, the text between, the text after.
  const parts: ExcerptPart[] = [];
  let before = text.slice(from, start);
  if (cutBefore) before = ELLIPSIS + before.replace(DANGLING_START, '');
  parts.push({ text: before, marked: false });
  ranges.forEach((range, i) => {
    if (i > 0) parts.push({ text: text.slice(ranges[i - 1]!.end, range.start), marked: false });
    parts.push({ text: text.slice(range.start, range.end), marked: true });
  });
  let after = text.slice(end, to);
  after = cutAfter ? after.replace(DANGLING_END, '') + ELLIPSIS : after.trimEnd();
  parts.push({ text: after, marked: false });

  const kept = parts.filter((p) => p.text !== '');
  const highlights: Range[] = [];
  let offset = 0;
  for (const part of kept) {
    if (part.marked) highlights.push({ start: offset, end: offset + part.text.length });
    offset += part.text.length;
  }
  return { parts: kept, text: kept.map((p) => p.text).join(''), highlights, cutBefore, cutAfter };
}
