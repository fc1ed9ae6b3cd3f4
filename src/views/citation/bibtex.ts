/**
 * BibTeX: the op-ed as an @article, the edition (or one of its paragraphs) as @misc. Braces
 * keep names capitalised whatever the style that reads the entry; special characters are escaped.
 */
import { MONTHS } from '../../lib/dates.ts';
import { dateParts, invertedName, splitName, type CitedArticle, type CitedEdition } from './common.ts';

const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "5 October 2014", for BibTeX notes (no style rules there). */
function longDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `${year}`;
  return `${day === undefined ? '' : `${day} `}${MONTHS[month - 1]} ${year}`;
}

/** Braces keep BibTeX styles from lower-casing names; special characters are escaped. */
function bibtexTitle(title: string, properNouns: ReadonlySet<string>): string {
  return title
    .split(/\s+/)
    .map((word) => {
      const escaped = bibtexEscape(word);
      const core = word.replace(/[^\p{L}\p{N}'’-]/gu, '');
      return properNouns.has(core) || /\p{Lu}/u.test(word.slice(1)) ? escaped.replace(core, `{${core}}`) : escaped;
    })
    .join(' ');
}

function bibtexEscape(text: string): string {
  return text
    .replace(/([&%$#_{}])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}');
}

/** A citation key: family name, year, first word of the title that is not an article. */
function bibtexKey(article: CitedArticle): string {
  const { family } = splitName(article.author);
  const word = article.title.split(/\s+/).find((w) => !/^(a|an|the)$/i.test(w)) ?? '';
  const ascii = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
  return `${ascii(family)}${dateParts(article.datePublished).year}${ascii(word)}`;
}

function bibtexEntry(type: string, key: string, fields: Array<[string, string | undefined, 'raw'?]>): string {
  const present = fields.filter((f): f is [string, string, 'raw'?] => f[1] !== undefined);
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(([name, value, raw]) => `  ${name.padEnd(width)} = ${raw ? value : `{${value}}`},`);
  return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

/** The op-ed as an @article entry. */
export function bibtexOriginal(article: CitedArticle): string {
  const { year, month } = dateParts(article.datePublished);
  return bibtexEntry('article', bibtexKey(article), [
    ['author', bibtexEscape(invertedName(article.author))],
    ['title', bibtexTitle(article.title, article.properNouns)],
    ['journal', bibtexEscape(article.publication)],
    ['year', String(year)],
    ['month', month === undefined ? undefined : BIBTEX_MONTHS[month - 1], 'raw'],
    ['date', article.datePublished],
    ['url', article.url],
    ['note', article.firstAppeared ? `Opinion. First appeared in ${bibtexEscape(article.firstAppeared)}` : 'Opinion'],
  ]);
}

/** The edition, or one of its paragraphs, as a @misc entry. */
export function bibtexEdition(article: CitedArticle, edition: CitedEdition): string {
  const at = edition.paragraph;
  const month = edition.date ? dateParts(edition.date).month : undefined;
  return bibtexEntry('misc', `${bibtexKey(article)}-annotated${at ? `-p${at}` : ''}`, [
    ['author', bibtexEscape(invertedName(article.author))],
    ['title', bibtexTitle(article.title, article.properNouns)],
    ['howpublished', bibtexEscape(edition.siteName)],
    ['year', edition.date ? String(dateParts(edition.date).year) : undefined],
    ['month', month === undefined ? undefined : BIBTEX_MONTHS[month - 1], 'raw'],
    ['date', edition.date],
    ['url', edition.url],
    [
      'note',
      `${at ? `Paragraph ${at}. ` : ''}Annotated edition. ` +
        `Originally published in ${bibtexEscape(article.publication)}, ${longDate(article.datePublished)}`,
    ],
  ]);
}
