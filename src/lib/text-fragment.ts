/**
 * Links to words in a page (URL text fragments, `#:~:text=`), placed after a paragraph's own
 * fragment so that a browser without text fragments still lands on the paragraph:
 * `/article/#para-id:~:text=the%20words`. Long selections are named by their first and last
 * words (`text=start,end`), which keeps the link short and skips whatever lies between.
 */

/** Encodes a text directive's term: percent-encoding plus the characters the syntax reserves. */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** The words of a selection, whitespace collapsed. */
function wordsOf(selected: string): string[] {
  return selected.trim().split(/\s+/).filter(Boolean);
}

/** `href` (which already ends in `#<paragraph id>`) with a text directive for `selected`. */
export function textFragmentHref(href: string, selected: string, maxWords = 8): string {
  const words = wordsOf(selected);
  const directive =
    words.length <= maxWords
      ? encodeTextTerm(words.join(' '))
      : `${encodeTextTerm(words.slice(0, 4).join(' '))},${encodeTextTerm(words.slice(-4).join(' '))}`;
  return `${href}:~:text=${directive}`;
}
