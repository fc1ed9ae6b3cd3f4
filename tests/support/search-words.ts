/**
 * Words a reader might search for, chosen from what the edition shows: distinctive words (names,
 * figures, rare terms) from anywhere in the notes, the follow-ups and the glossary entries, not
 * only their opening sentences. Deterministic, so a failing word fails every run.
 */

/** A text a reader can see, and where it is shown. */
export interface SeenText {
  kind: string;
  text: string;
}

/** Words of a text as a reader would type them: letters and digits, inner hyphens kept. */
function tokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * Up to `perKind` words from each kind of text: words of six letters or more that are
 * capitalised or hold a digit (names and figures), occurring in at most three of all the texts
 * (so each points somewhere), spread evenly over the alphabetical list of candidates.
 */
export function distinctiveWords(texts: readonly SeenText[], perKind: number): Array<{ word: string; kind: string }> {
  const textsWith = new Map<string, number>();
  for (const { text } of texts)
    for (const word of new Set(tokens(text).map((t) => t.toLowerCase()))) textsWith.set(word, (textsWith.get(word) ?? 0) + 1);
  const chosen = new Map<string, string>();
  for (const kind of [...new Set(texts.map((t) => t.kind))]) {
    const candidates = [
      ...new Set(
        texts
          .filter((t) => t.kind === kind)
          .flatMap((t) => tokens(t.text))
          .filter((w) => w.length >= 6 && (/^\p{Lu}/u.test(w) || /\d/.test(w)) && !/^\d+$/.test(w))
          .filter((w) => (textsWith.get(w.toLowerCase()) ?? 0) <= 3 && !chosen.has(w.toLowerCase())),
      ),
    ].sort((a, b) => a.localeCompare(b));
    const step = Math.max(1, Math.floor(candidates.length / perKind));
    for (let i = 0; i < candidates.length && i / step < perKind; i += step) chosen.set(candidates[i]!.toLowerCase(), kind);
  }
  // Each word as written in the texts (not lowercased), for the query.
  const spelled = new Map(texts.flatMap((t) => tokens(t.text)).map((w) => [w.toLowerCase(), w] as const));
  return [...chosen].map(([lower, kind]) => ({ word: spelled.get(lower) ?? lower, kind }));
}
