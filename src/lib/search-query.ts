/**
 * What the search box sends to Pagefind. Pagefind requires every word of a query to occur, so a
 * reader's "predictions that came true" would find only the one claim that happens to contain
 * "that". Words that carry no meaning on their own are dropped before searching (and still
 * highlighted on landing only if they were kept).
 */
const STOP_WORDS = new Set(
  'a an and are as at be been by did do does for from had has have how in into is it its of on or that the their there these this those to was were what when where which who why will with'.split(' '),
);

export function searchTerms(query: string): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w.toLowerCase()));
  // A query of stop words only ("the") is searched as typed.
  return kept.length ? kept : words;
}

/** The groups results are shown in, in this order; each indexed page names its group in its meta. */
export const GROUPS = { oped: 'In the op-ed', glossary: 'Glossary', timeline: 'Timeline' } as const;
export type SearchGroup = keyof typeof GROUPS;

/**
 * The filter that scopes a search to one article and what every article shares (the glossary):
 * in a library, a search from an article's page looks in that article and the glossary.
 */
export const SCOPE_FILTER = 'scope';
export const SHARED_SCOPE = 'shared';

/** The words that introduce a place's other names in the index; the landing reads them. */
export const ALSO_NAMED = 'Also named:';
