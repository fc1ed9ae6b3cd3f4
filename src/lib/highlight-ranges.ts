/**
 * Where words occur in a text, for highlighting a search's words where a result lands: each
 * occurrence that starts a word (so "Tianhe" marks "Tianhe-2", never the middle of a word),
 * case and accents ignored, longest first where two overlap. Pure, for the landing script.
 */

/** The text with accents folded and case dropped, one character for each of the original's. */
function fold(text: string): string {
  return [...text].map((c) => (c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') || c).toLowerCase().slice(0, c.length)).join('');
}

/** [start, end) ranges of `words` in `text`, in order, none overlapping. */
export function findWords(text: string, words: readonly string[]): Array<[number, number]> {
  const haystack = fold(text);
  const found: Array<[number, number]> = [];
  for (const word of [...new Set(words.map((w) => fold(w.trim())).filter(Boolean))].sort((a, b) => b.length - a.length)) {
    let from = 0;
    for (;;) {
      const at = haystack.indexOf(word, from);
      if (at < 0) break;
      from = at + 1;
      const end = at + word.length;
      const startsWord = at === 0 || !/[\p{L}\p{N}]/u.test(haystack[at - 1]!);
      if (!startsWord || found.some(([s, e]) => at < e && end > s)) continue;
      found.push([at, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}
