/**
 * Anchoring a claim's quote to the article text, in the spirit of the W3C Web Annotation
 * TextQuoteSelector (exact + optional prefix/suffix): https://www.w3.org/TR/annotation-model/#text-quote-selector
 *
 * The rules are strict on purpose. A quote must occur verbatim (only runs of whitespace are
 * treated as equal); a quote found in several places needs a prefix or suffix that leaves exactly
 * one; nothing is ever re-anchored to a passage that merely looks similar. When anchoring fails,
 * the nearest passages are offered so the editor can copy the right words.
 */

import { isInvisible, withoutInvisible } from '../lib/invisible-text.ts';

export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPosition {
  /** Index of the paragraph in the list searched. */
  paragraph: number;
  /** Start offset in that paragraph's text (UTF-16 units, as JavaScript strings count). */
  start: number;
  /** End offset, exclusive. */
  end: number;
}

type AnchorResult =
  | ({ ok: true } & TextPosition)
  | { ok: false; reason: 'missing'; candidates: Candidate[] }
  | { ok: false; reason: 'ambiguous'; matches: TextPosition[] }
  | { ok: false; reason: 'context-mismatch'; matches: TextPosition[] };

interface Candidate {
  paragraph: number;
  /** The nearest passage, verbatim. */
  text: string;
  /** 0..1, how many of the quote's words it shares, in order. */
  similarity: number;
}

/**
 * Collapses whitespace runs to one space, drops invisible characters (a soft hyphen or a
 * zero-width space in the text is not part of the words a reader copies), and remembers where
 * each character came from.
 */
function normalize(text: string): { text: string; map: number[] } {
  let out = '';
  const map: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (isInvisible(ch)) continue;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out += ' ';
        map.push(i);
      }
      inSpace = true;
    } else {
      out += ch;
      map.push(i);
      inSpace = false;
    }
  }
  map.push(text.length);
  return { text: out, map };
}

const squash = (s: string) => withoutInvisible(s).replace(/\s+/g, ' ');

function allMatches(paragraphs: readonly string[], exact: string): TextPosition[] {
  const quote = squash(exact.trim());
  const matches: TextPosition[] = [];
  paragraphs.forEach((raw, paragraph) => {
    const { text, map } = normalize(raw);
    let from = 0;
    for (;;) {
      const at = text.indexOf(quote, from);
      if (at === -1) break;
      matches.push({ paragraph, start: map[at]!, end: map[at + quote.length - 1]! + 1 });
      from = at + 1;
    }
  });
  return matches;
}

function contextFits(paragraphs: readonly string[], m: TextPosition, selector: QuoteSelector): boolean {
  const text = paragraphs[m.paragraph]!;
  if (selector.prefix !== undefined) {
    const before = squash(text.slice(0, m.start));
    if (!before.endsWith(squash(selector.prefix))) return false;
  }
  if (selector.suffix !== undefined) {
    const after = squash(text.slice(m.end));
    if (!after.startsWith(squash(selector.suffix))) return false;
  }
  return true;
}

/** Finds where `selector` anchors in `paragraphs`. */
export function anchorQuote(paragraphs: readonly string[], selector: QuoteSelector): AnchorResult {
  const matches = allMatches(paragraphs, selector.exact);
  if (matches.length === 0) {
    return { ok: false, reason: 'missing', candidates: nearestPassages(paragraphs, selector.exact) };
  }
  const hasContext = selector.prefix !== undefined || selector.suffix !== undefined;
  const fitting = hasContext ? matches.filter((m) => contextFits(paragraphs, m, selector)) : matches;
  if (fitting.length === 1) return { ok: true, ...fitting[0]! };
  if (fitting.length === 0) return { ok: false, reason: 'context-mismatch', matches };
  return { ok: false, reason: 'ambiguous', matches: fitting };
}

const words = (s: string) => s.match(/[\p{L}\p{N}$%]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];

/** Length of the longest common subsequence of two word lists. */
function lcs(a: readonly string[], b: readonly string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

/**
 * The passages most like the quote: windows of the quote's length in words, scored by the words
 * they share in order (case-insensitive). Only offered as suggestions in error messages.
 */
function nearestPassages(paragraphs: readonly string[], quote: string, max = 3): Candidate[] {
  const target = words(quote.toLowerCase());
  if (target.length === 0) return [];
  const candidates: Candidate[] = [];
  paragraphs.forEach((text, paragraph) => {
    const tokens = [...text.matchAll(/[\p{L}\p{N}$%]+(?:['’.-][\p{L}\p{N}]+)*/gu)];
    const lower = tokens.map((t) => t[0].toLowerCase());
    const size = Math.min(target.length, lower.length);
    let best: Candidate | undefined;
    for (let i = 0; i + size <= lower.length; i++) {
      const similarity = lcs(target, lower.slice(i, i + size)) / target.length;
      if (!best || similarity > best.similarity) {
        const first = tokens[i]!;
        const last = tokens[i + size - 1]!;
        best = { paragraph, text: text.slice(first.index!, last.index! + last[0].length), similarity };
      }
    }
    if (best && best.similarity > 0) candidates.push(best);
  });
  return candidates.sort((a, b) => b.similarity - a.similarity).slice(0, max);
}

/** Two anchored ranges in one paragraph that overlap without one containing the other. */
export function partiallyOverlap(a: TextPosition, b: TextPosition): boolean {
  if (a.paragraph !== b.paragraph) return false;
  const overlap = a.start < b.end && b.start < a.end;
  const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
  return overlap && !nested;
}
