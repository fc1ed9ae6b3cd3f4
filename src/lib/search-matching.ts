/**
 * Which of Pagefind's matches are real, and where each lands. Pagefind matches generously: word
 * prefixes, stems, and for a word it does not know, shorter words it does ("Izvestia" found the
 * letter "I"). A reader expects a result to contain the words typed, or a typo's plain fix, so
 * every section Pagefind returns is checked here against the query, word by word, and a
 * section without every query word is dropped. Pure: the search UI and its tests share it.
 */

/** A word as search compares it: accents folded, case and punctuation dropped. */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Levenshtein distance, giving up (returning `max + 1`) as soon as it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many typing slips a query word of this length may carry and still be meant. */
function slipsAllowed(length: number): number {
  return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/**
 * Whether `word` (as it stands in the text) is what the reader meant by `term`: the same word,
 * a longer form of it ("sanction" → "sanctions", or a word still being typed), a shorter form
 * that is its stem ("predictions" → "prediction"), or the same word with a slip or two.
 * Never a one- or two-letter fragment of a longer query word.
 */
export function isRealMatch(term: string, word: string): boolean {
  const t = normaliseWord(term);
  const w = normaliseWord(word);
  if (!t || !w) return false;
  if (w === t) return true;
  if (w.startsWith(t)) return true;
  // The text has a shorter form: a stem, at most three letters shorter and four or more long.
  if (t.startsWith(w)) return w.length >= 4 && t.length - w.length <= 3;
  const slips = slipsAllowed(t.length);
  if (!slips) return false;
  // A slip anywhere in the word, or in its opening letters while the rest is an ending.
  return editDistance(t, w, slips) <= slips || editDistance(t, w.slice(0, t.length), slips) <= slips;
}

/** Pagefind's words of a page: its content split as Pagefind splits it, so locations match. */
export function pageWords(content: string): string[] {
  return content.split(/[^\S\uFEFF]+/);
}

/** The locations (word indexes) among `locations` that are real matches of some query term. */
export function realLocations(terms: readonly string[], words: readonly string[], locations: readonly number[]): number[] {
  return locations.filter((at) => terms.some((term) => isRealMatch(term, words[at] ?? '')));
}

/** Whether every query term has a real match among the words at `locations`. */
export function coversEveryTerm(terms: readonly string[], words: readonly string[], locations: readonly number[]): boolean {
  return terms.every((term) => locations.some((at) => isRealMatch(term, words[at] ?? '')));
}

/** A stretch of text for a result, with the matched words marked. */
export type ExcerptPart = { text: string; mark: boolean };

/**
 * Up to `length` words of the section [`from`, `to`) around its first marked word, the marked
 * words flagged; "…" where the section goes on.
 */
export function excerptParts(words: readonly string[], from: number, to: number, marked: readonly number[], length = 24): ExcerptPart[] {
  const first = Math.min(...marked.filter((at) => at >= from && at < to));
  const start = Math.max(from, Math.min(Number.isFinite(first) ? first - Math.floor(length / 3) : from, to - length));
  const end = Math.min(to, start + length);
  const set = new Set(marked);
  const parts: ExcerptPart[] = [];
  if (start > from) parts.push({ text: '… ', mark: false });
  for (let at = start; at < end; at++) {
    const space = at + 1 < end ? ' ' : '';
    const word = words[at] ?? '';
    if (set.has(at)) {
      // Punctuation stays outside the mark: "Pterodactyl," marks "Pterodactyl".
      const [, lead = '', core = word, trail = ''] = /^(\W*)(.*?)(\W*)$/u.exec(word) ?? [];
      if (lead) parts.push({ text: lead, mark: false });
      parts.push({ text: core, mark: true });
      parts.push({ text: trail + space, mark: false });
    } else {
      parts.push({ text: word + space, mark: false });
    }
  }
  if (end < to) parts.push({ text: ' …', mark: false });
  // Neighbouring plain parts merged, for tidy text nodes.
  return parts.reduce<ExcerptPart[]>((out, part) => {
    const last = out.at(-1);
    if (last && !last.mark && !part.mark) last.text += part.text;
    else if (part.text) out.push({ ...part });
    return out;
  }, []);
}

/** [start, end) word ranges of the "Also named: …." lines in the section [`from`, `to`). */
function aliasLines(words: readonly string[], from: number, to: number, marker: readonly string[]): Array<[number, number]> {
  const lines: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (!marker.every((m, k) => words[i + k] === m)) continue;
    let end = i + marker.length;
    while (end < to && !/\.$/.test(words[end]!)) end++;
    lines.push([i, Math.min(end + 1, to)]);
    i = end;
  }
  return lines;
}

/**
 * The words to highlight where a result lands: the forms actually matched in the place's own
 * text (so a typo highlights the word it found). A query word matched only in an "Also named"
 * line (the reader typed "Wing Loong" where the author wrote "Pterodactyl I") highlights the
 * names on that line that the place's text does contain.
 */
export function landingWords(
  words: readonly string[],
  from: number,
  to: number,
  matched: readonly number[],
  terms: readonly string[],
  alsoNamed: string,
): string[] {
  const lines = aliasLines(words, from, to, alsoNamed.split(/\s+/));
  const inLine = (at: number) => lines.find(([s, e]) => at >= s && at < e);
  const out = new Set<string>();
  const outside = matched.filter((at) => !inLine(at));
  for (const at of outside) {
    const word = words[at]?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (word) out.add(word);
  }
  const text = words
    .slice(from, to)
    .filter((_, k) => !inLine(from + k))
    .join(' ')
    .toLowerCase();
  for (const term of terms) {
    if (outside.some((at) => isRealMatch(term, words[at] ?? ''))) continue;
    for (const at of matched.filter((a) => inLine(a) && isRealMatch(term, words[a] ?? ''))) {
      const [s, e] = inLine(at)!;
      const names = words.slice(s, e).join(' ').slice(alsoNamed.length).replace(/\.$/, '').split(/,\s*/);
      for (const name of names.map((n) => n.trim())) if (name && text.includes(name.toLowerCase())) out.add(name);
    }
  }
  return [...out];
}
