/**
 * What the search box sends to Pagefind. Pagefind requires every word of a query to occur, so a
 * reader's "predictions that came true" would find only the one claim that happens to contain
 * "that". Words that carry no meaning on their own are dropped before searching (and still
 * highlighted on landing only if they were kept).
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be been by did do does for from had has have how in into is it its of on or that the their there these this ' +
    'those to was were what when where which who why will with'
  ).split(' '),
);

export function searchTerms(query: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  // A query of stop words only ("the") is searched as typed.
  return kept.length ? kept : words;
}

/** The filters search records carry (src/views/search-records.ts), with their labels, in the order shown. */
export const SEARCH_FILTERS = [
  ['kind', 'Result'],
  ['type', 'Claim type'],
  ['verdict', 'Verdict'],
  ['entity', 'Entity kind'],
] as const;

export type SearchFilter = (typeof SEARCH_FILTERS)[number][0];
