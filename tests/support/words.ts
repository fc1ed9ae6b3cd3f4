/**
 * Word-for-word comparison of texts, ignoring whitespace and punctuation (straight or curly
 * quotes, dashes, brackets): what is compared is the sequence of words as the author wrote them.
 */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(/[’‘]/g, "'")
      // A word is letters, digits and the marks that live inside words (U.S., dual-use, $2, 071).
      .match(/[\p{L}\p{N}$%&]+(?:['.\-/][\p{L}\p{N}$%&]+)*/gu) ?? []
  );
}

/** Undefined when equal; otherwise a message naming the first differing word, with context. */
export function firstDifference(expected: string[], actual: string[]): string | undefined {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] === actual[i]) continue;
    const context = (list: string[]) => list.slice(Math.max(0, i - 6), i + 6).join(' ');
    return [
      `word ${i + 1} differs: expected ${JSON.stringify(expected[i] ?? '(end of text)')}, found ${JSON.stringify(actual[i] ?? '(end of text)')}`,
      `  original: …${context(expected)}…`,
      `  rendered: …${context(actual)}…`,
    ].join('\n');
  }
  return undefined;
}
