/**
 * Capitalising titles the way citation styles want them, from a headline as published:
 * - title case for MLA 9 and Chicago 18 (MLA lowercases every preposition, Chicago only those
 *   of fewer than five letters; both lowercase articles and the short conjunctions);
 * - sentence case for APA 7, which needs to know the proper nouns to keep: a program cannot
 *   tell "China" from "Must", so {@link properNounsIn} finds them in the text itself.
 * Words with capitals inside them (acronyms, "iPhone") are never changed. Prepositions that
 * work as adverbs ("Set Up") cannot be told apart here and are treated as prepositions.
 */

const ARTICLES = ['a', 'an', 'the'];
const PREPOSITIONS = [
  'about',
  'above',
  'across',
  'after',
  'against',
  'along',
  'amid',
  'among',
  'around',
  'as',
  'at',
  'before',
  'behind',
  'below',
  'beneath',
  'beside',
  'between',
  'beyond',
  'by',
  'despite',
  'during',
  'except',
  'for',
  'from',
  'in',
  'inside',
  'into',
  'like',
  'near',
  'of',
  'off',
  'on',
  'onto',
  'outside',
  'over',
  'past',
  'per',
  'since',
  'than',
  'through',
  'throughout',
  'till',
  'to',
  'toward',
  'towards',
  'under',
  'underneath',
  'until',
  'upon',
  'via',
  'with',
  'within',
  'without',
];

type TitleStyle = 'mla' | 'chicago';

const MINOR: Record<TitleStyle, (word: string) => boolean> = {
  // MLA Handbook, 9th ed.: articles, prepositions, coordinating conjunctions, "to" in infinitives.
  mla: (w) => ARTICLES.includes(w) || PREPOSITIONS.includes(w) || ['and', 'but', 'for', 'nor', 'or', 'so', 'yet', 'to'].includes(w),
  // Chicago 18, 8.160: articles, prepositions under five letters, and/but/for/or/nor, to, as.
  chicago: (w) =>
    ARTICLES.includes(w) || (PREPOSITIONS.includes(w) && w.length < 5) || ['and', 'but', 'for', 'or', 'nor', 'to', 'as'].includes(w),
};

/** A word keeps its form when it has a capital after its first letter: "AVIC", "S-400", "iPhone". */
function hasInnerCapital(word: string): boolean {
  return /\p{Lu}/u.test(word.slice(1).replace(/-\p{Lu}/gu, ''));
}

function capitalise(word: string): string {
  const at = word.search(/\p{L}/u);
  return at === -1 ? word : word.slice(0, at) + word[at]!.toUpperCase() + word.slice(at + 1);
}

function letters(word: string): string {
  return word.replace(/[^\p{L}\p{N}'’-]/gu, '');
}

interface Token {
  word: string;
  /** First word, last word, or first after a colon: always capitalised. */
  edge: boolean;
}

function tokens(title: string): Token[] {
  const words = title.trim().split(/\s+/);
  return words.map((word, i) => ({
    word,
    edge: i === 0 || i === words.length - 1 || /[:?!—]$/.test(words[i - 1] ?? ''),
  }));
}

/** "Russia Must Expand Relationship With China" → "Russia Must Expand Relationship with China". */
export function titleCase(title: string, style: TitleStyle): string {
  return tokens(title)
    .map(({ word, edge }) => {
      if (hasInnerCapital(word)) return word;
      const core = letters(word).toLowerCase();
      if (!edge && MINOR[style](core)) return word.toLowerCase();
      return word.split('-').map(capitalise).join('-');
    })
    .join(' ');
}

/**
 * "Russia Must Expand Relationship With China" → "Russia must expand relationship with China",
 * keeping the words of `properNouns` (and acronyms) as written.
 */
export function sentenceCase(title: string, properNouns: ReadonlySet<string>): string {
  return tokens(title)
    .map(({ word }, i, all) => {
      const first = i === 0 || /[:?!—]$/.test(all[i - 1]!.word);
      const parts = word.split('-').map((part, j) => {
        if (hasInnerCapital(part) || properNouns.has(letters(part))) return part;
        return first && j === 0 ? capitalise(part.toLowerCase()) : part.toLowerCase();
      });
      return parts.join('-');
    })
    .join(' ');
}

/**
 * The capitalised words of a text that are names: written with a capital somewhere other than
 * at the start of a sentence, and never in lower case. "Russia" and "China" in the op-ed are;
 * "Must", "With" are not.
 */
export function properNounsIn(text: string): Set<string> {
  const capitalisedMidSentence = new Set<string>();
  const lower = new Set<string>();
  for (const sentence of text.split(/(?<=[.!?:])["”’)]*\s+|\n+/)) {
    const words = sentence.split(/[\s–—/]+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}\p{N}]+$/gu, ''));
    words.forEach((word, i) => {
      for (const part of word.split('-')) {
        if (!part) continue;
        if (/^\p{Ll}/u.test(part)) lower.add(part.toLowerCase());
        else if (/^\p{Lu}/u.test(part) && (i > 0 || part !== word.split('-')[0])) capitalisedMidSentence.add(part);
      }
    });
  }
  return new Set([...capitalisedMidSentence].filter((word) => !lower.has(word.toLowerCase())));
}
