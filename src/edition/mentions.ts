/**
 * Entity mentions: where the article names a glossary entity, by any of its aliases.
 *
 * - Case as written: "Rainbow" the drone is a mention, a lowercase "rainbow" is not.
 * - Whole words: an alias inside a longer word ("CAST" in "CASTLE", "Iran" in "Iranian") is not.
 * - Longest first: at one position the longest alias wins ("China Aerospace Science & Industry
 *   Corp" over a shorter alias that starts the same way), and mentions never overlap.
 */

export interface Alias {
  alias: string;
  slug: string;
}

interface Mention {
  start: number;
  end: number;
  slug: string;
  alias: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Letters and digits join words; anything else (space, punctuation, hyphen) separates them. */
const BEFORE = '(?<![\\p{L}\\p{N}])';
const AFTER = '(?![\\p{L}\\p{N}])';

/** Builds one matcher for all aliases; reuse it across paragraphs. */
export function mentionMatcher(aliases: readonly Alias[]): (text: string) => Mention[] {
  if (aliases.length === 0) return () => [];
  const sorted = [...aliases].sort((a, b) => b.alias.length - a.alias.length || a.alias.localeCompare(b.alias));
  const bySlug = new Map(sorted.map((a) => [a.alias, a.slug]));
  // Alternation tries alternatives in order, so listing the longest first makes it win.
  const pattern = new RegExp(`${BEFORE}(?:${sorted.map((a) => escapeRegExp(a.alias)).join('|')})${AFTER}`, 'gu');
  return (text) => {
    const mentions: Mention[] = [];
    for (const match of text.matchAll(pattern)) {
      const alias = match[0];
      mentions.push({ start: match.index!, end: match.index! + alias.length, alias, slug: bySlug.get(alias)! });
    }
    return mentions;
  };
}

/** Convenience for one-off use and tests. */
export function findMentions(text: string, aliases: readonly Alias[]): Mention[] {
  return mentionMatcher(aliases)(text);
}
