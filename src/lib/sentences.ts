/**
 * Where sentences end in plain English prose, well enough to cut excerpts and one-line summaries
 * at a sentence rather than in the middle of one. Not a general sentence splitter: it knows the
 * abbreviations this edition's texts use ("U.S.", "Corp.", initials), and errs towards *not*
 * seeing a boundary, because a missed boundary only makes an excerpt a little longer while a
 * false one ("the U.S. | MQ-1 Predator") cuts a name in two.
 */

/** Abbreviations that end with a period but rarely end a sentence. Lowercased, without the dot. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'col',
  'lt',
  'sgt',
  'st',
  'jr',
  'sr',
  'corp',
  'inc',
  'co',
  'ltd',
  'no',
  'nos',
  'vs',
  'etc',
  'approx',
  'ca',
  'cf',
  'fig',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);

/**
 * A terminal run: `.`, `!`, `?` (or several), then any closing quotes or brackets, then white
 * space or the end of the text.
 */
const TERMINAL = /[.!?]+["'”’)\]]*(?=\s|$)/gu;

/** What may open a sentence: a capital, a digit, an opening quote or bracket, a currency sign. */
const OPENER = /^[\p{Lu}\p{N}"'“‘([$€£]/u;

/** The word right before `index`, e.g. "U.S" before the final dot of "U.S.". */
function wordBefore(text: string, index: number): string {
  const match = /[\p{L}\p{N}.]*$/u.exec(text.slice(0, index));
  return match ? match[0] : '';
}

function isAbbreviation(word: string): boolean {
  // Letters joined by dots ("U.S", "e.g"), or a capital initial ("J" of "J. Smith").
  if (/^\p{L}(?:\.\p{L})+$/u.test(word) || /^\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Offsets just after each sentence's closing punctuation (and closing quotes), in order. The end
 * of the text is not included unless the text ends with a terminal.
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const match of text.matchAll(TERMINAL)) {
    const at = match.index;
    const end = at + match[0].length;
    if (match[0].startsWith('.') && !match[0].startsWith('..') && isAbbreviation(wordBefore(text, at))) continue;
    const rest = text.slice(end).trimStart();
    if (rest !== '' && !OPENER.test(rest)) continue;
    ends.push(end);
  }
  return ends;
}

/** Offsets where sentences start: 0 (when the text has any) and the first character after each end. */
export function sentenceStarts(text: string): number[] {
  const starts = /\S/.test(text) ? [text.search(/\S/)] : [];
  for (const end of sentenceEnds(text)) {
    const next = text.slice(end).search(/\S/);
    if (next !== -1) starts.push(end + next);
  }
  return starts;
}

/** The first sentence of a text, or the whole text (trimmed) when it has only one. */
export function firstSentence(text: string): string {
  const trimmed = text.trim();
  const [end] = sentenceEnds(trimmed);
  return end === undefined ? trimmed : trimmed.slice(0, end);
}
