/**
 * Ready-made citations of the op-ed and of this annotated edition, in APA 7, MLA 9, Chicago 18
 * (notes and bibliography) and BibTeX. Pure: a citation is a list of runs, some italic, so
 * pages can render the italics and tests can read the text.
 *
 * How each style treats the two works:
 * - The op-ed is a signed opinion article in an online newspaper: cited as a newspaper article
 *   (no bracketed description is needed for a signed op-ed). APA gives the headline in sentence
 *   case and keeps "The" in the paper's name; MLA gives it in title case, keeps "The", shortens
 *   the month and drops "https://" from the URL; Chicago drops an initial "The" from a
 *   newspaper's name in notes and bibliographies.
 * - The edition reproduces Kashin's text with our notes: cited as a republished work on a
 *   website, still by Kashin, with the original publication given as each style asks
 *   (APA "(Original work published 2014)", MLA and Chicago "Originally published in …").
 *   It has no date of its own that would not change with every build, so it is dated by the
 *   most recent event its notes record (the caller passes it); undated, APA says "n.d.".
 *   No access date: it would be the build date, and change with each build.
 * - A paragraph permalink is cited like the edition with the paragraph's URL; the paragraph
 *   number goes where each style puts locators: the in-text citation and the short note.
 */
import { MONTHS, parsePartialDate } from '../lib/dates.ts';
import { sentenceCase, titleCase } from '../lib/title-case.ts';

/** A piece of a citation: plain or italic text. */
export interface Run {
  text: string;
  italic?: boolean;
}
export type Citation = Run[];

/** The op-ed, as its front-matter describes it. */
export interface CitedArticle {
  /** As in the byline: "Vasily Kashin". */
  author: string;
  /** The headline as published. */
  title: string;
  /** "The Moscow Times". */
  publication: string;
  /** YYYY-MM-DD. */
  datePublished: string;
  /** The original's URL. */
  url: string;
  /** Where it first appeared, when a reprint: "Vedomosti". */
  firstAppeared?: string;
  /** Words of the headline that are names, kept capitalised in sentence case. */
  properNouns: ReadonlySet<string>;
}

/** This edition's page (or one of its paragraphs). */
export interface CitedEdition {
  /** The site's name: "Kashin 2014, annotated". */
  siteName: string;
  /** Absolute URL of the annotated article, or of a paragraph of it (`…/#<paragraph-id>`). */
  url: string;
  /** The edition's date (YYYY, YYYY-MM or YYYY-MM-DD); see the module comment. */
  date?: string;
  /** The paragraph cited, 1-based, when citing a paragraph permalink. */
  paragraph?: number;
}

export interface CitationSet {
  apa: Citation;
  /** APA parenthetical citation, e.g. "(Kashin, 2014)". */
  apaInText: Citation;
  mla: Citation;
  /** MLA parenthetical citation, e.g. "(Kashin)". */
  mlaInText: Citation;
  /** Chicago full note (without its number). */
  chicagoNote: Citation;
  /** Chicago shortened note, for later citations of the same work. */
  chicagoShortNote: Citation;
  chicagoBibliography: Citation;
  bibtex: string;
}

export function plain(citation: Citation): string {
  return citation.map((run) => run.text).join('');
}

/** The citation with italics as `*…*`, for tests and for pasting into Markdown. */
export function markdown(citation: Citation): string {
  return citation.map((run) => (run.italic ? `*${run.text}*` : run.text)).join('');
}

// MLA abbreviates months longer than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function dateParts(date: string) {
  const parts = parsePartialDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  return parts;
}

/** APA: "2014, October 5", "2025, December", "2025". */
export function apaDate(date: string | undefined): string {
  if (!date) return 'n.d.';
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `${year}`;
  return `${year}, ${MONTHS[month - 1]}${day === undefined ? '' : ` ${day}`}`;
}

/** MLA: "5 Oct. 2014", "Dec. 2025", "2025". */
export function mlaDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `${year}`;
  return `${day === undefined ? '' : `${day} `}${MLA_MONTHS[month - 1]} ${year}`;
}

/** Chicago: "October 5, 2014", "December 2025", "2025". */
export function chicagoDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `${year}`;
  return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "5 October 2014", for BibTeX notes (no style rules there). */
function longDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `${year}`;
  return `${day === undefined ? '' : `${day} `}${MONTHS[month - 1]} ${year}`;
}

interface Name {
  given: string;
  family: string;
}

/** "Vasily Kashin" → given "Vasily", family "Kashin" (the last word is the family name). */
export function splitName(name: string): Name {
  const words = name.trim().split(/\s+/);
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

/** APA: "Kashin, V."; "Jean-Paul Sartre" → "Sartre, J.-P.". */
export function apaAuthor(name: string): string {
  const { given, family } = splitName(name);
  const initials = given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => word.split('-').map((part) => `${part[0]!.toUpperCase()}.`).join('-'))
    .join(' ');
  return initials ? `${family}, ${initials}` : family;
}

/** MLA and Chicago bibliography: "Kashin, Vasily". */
function invertedName(name: string): string {
  const { given, family } = splitName(name);
  return given ? `${family}, ${given}` : family;
}

/** Ends a sentence-like part with a period unless it already ends with one, "?" or "!". */
function period(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** Chicago drops an initial "The" from English newspaper names in notes and bibliographies. */
function chicagoNewspaper(name: string): string {
  return name.replace(/^The\s+/, '');
}

/** MLA recommends leaving out "http://" and "https://". */
export function mlaUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

/** Chicago's short title: up to four words of the title, without a trailing minor word. */
function shortTitle(title: string): string {
  const words = title.split(/\s+/).slice(0, 4);
  while (words.length > 1 && /^(a|an|the|and|or|of|with|to|in|on|for|by|at)$/i.test(words.at(-1)!)) words.pop();
  return words.join(' ').replace(/[,:;]$/, '');
}

const t = (text: string): Run => ({ text });
const i = (text: string): Run => ({ text, italic: true });

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
  return text.replace(/([&%$#_{}])/g, '\\$1').replace(/~/g, '\\textasciitilde{}').replace(/\^/g, '\\textasciicircum{}');
}

/** A citation key: family name, year, first word of the title that is not an article. */
function bibtexKey(article: CitedArticle): string {
  const { family } = splitName(article.author);
  const word = article.title.split(/\s+/).find((w) => !/^(a|an|the)$/i.test(w)) ?? '';
  const ascii = (s: string) => s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '').toLowerCase();
  return `${ascii(family)}${dateParts(article.datePublished).year}${ascii(word)}`;
}

function bibtexEntry(type: string, key: string, fields: Array<[string, string | undefined, 'raw'?]>): string {
  const present = fields.filter((f): f is [string, string, 'raw'?] => f[1] !== undefined);
  const width = Math.max(...present.map(([name]) => name.length));
  const lines = present.map(([name, value, raw]) => `  ${name.padEnd(width)} = ${raw ? value : `{${value}}`},`);
  return `@${type}{${key},\n${lines.join('\n')}\n}`;
}

/** Citations of the op-ed as originally published. */
export function originalCitations(article: CitedArticle): CitationSet {
  const { family } = splitName(article.author);
  const year = dateParts(article.datePublished).year;
  const month = dateParts(article.datePublished).month;
  const mlaTitle = titleCase(article.title, 'mla');
  const chicagoTitle = titleCase(article.title, 'chicago');
  const paper = chicagoNewspaper(article.publication);
  return {
    apa: [
      t(`${apaAuthor(article.author)} (${apaDate(article.datePublished)}). ${period(sentenceCase(article.title, article.properNouns))} `),
      i(article.publication),
      t(`. ${article.url}`),
    ],
    apaInText: [t(`(${family}, ${year})`)],
    mla: [
      t(`${invertedName(article.author)}. “${period(mlaTitle)}” `),
      i(article.publication),
      t(`, ${mlaDate(article.datePublished)}, ${mlaUrl(article.url)}.`),
    ],
    mlaInText: [t(`(${family})`)],
    chicagoNote: [
      t(`${article.author}, “${chicagoTitle},” `),
      i(paper),
      t(`, ${chicagoDate(article.datePublished)}, ${article.url}.`),
    ],
    chicagoShortNote: [t(`${family}, “${period(shortTitle(chicagoTitle))}”`)],
    chicagoBibliography: [
      t(`${invertedName(article.author)}. “${period(chicagoTitle)}” `),
      i(paper),
      t(`, ${chicagoDate(article.datePublished)}. ${article.url}.`),
    ],
    bibtex: bibtexEntry('article', bibtexKey(article), [
      ['author', bibtexEscape(invertedName(article.author))],
      ['title', bibtexTitle(article.title, article.properNouns)],
      ['journal', bibtexEscape(article.publication)],
      ['year', String(year)],
      ['month', month === undefined ? undefined : BIBTEX_MONTHS[month - 1], 'raw'],
      ['date', article.datePublished],
      ['url', article.url],
      ['note', article.firstAppeared ? `Opinion. First appeared in ${bibtexEscape(article.firstAppeared)}` : 'Opinion'],
    ]),
  };
}

/** Citations of this annotated edition of the op-ed, or of one of its paragraphs. */
export function editionCitations(article: CitedArticle, edition: CitedEdition): CitationSet {
  const { family } = splitName(article.author);
  const original = dateParts(article.datePublished).year;
  const editionYear = edition.date ? String(dateParts(edition.date).year) : 'n.d.';
  const mlaTitle = titleCase(article.title, 'mla');
  const chicagoTitle = titleCase(article.title, 'chicago');
  const mlaSite = titleCase(edition.siteName, 'mla');
  const chicagoSite = titleCase(edition.siteName, 'chicago');
  const paper = chicagoNewspaper(article.publication);
  const at = edition.paragraph;
  const month = edition.date ? dateParts(edition.date).month : undefined;
  return {
    apa: [
      t(`${apaAuthor(article.author)} (${apaDate(edition.date)}). `),
      i(sentenceCase(article.title, article.properNouns)),
      t(` [Annotated edition]. ${edition.siteName}. ${edition.url} (Original work published ${original})`),
    ],
    apaInText: [t(`(${family}, ${original}/${editionYear}${at ? `, para. ${at}` : ''})`)],
    mla: [
      t(`${invertedName(article.author)}. “${period(mlaTitle)}” `),
      i(mlaSite),
      t(`, annotated ed.${edition.date ? `, ${mlaDate(edition.date)}` : ''}, ${mlaUrl(edition.url)}. Originally published in `),
      i(article.publication),
      t(`, ${mlaDate(article.datePublished)}.`),
    ],
    mlaInText: [t(`(${family}${at ? `, par. ${at}` : ''})`)],
    chicagoNote: [
      t(`${article.author}, “${chicagoTitle},” annotated edition, ${chicagoSite}${edition.date ? `, ${chicagoDate(edition.date)}` : ''}${at ? `, para. ${at}` : ''}, originally published in `),
      i(paper),
      t(`, ${chicagoDate(article.datePublished)}, ${edition.url}.`),
    ],
    chicagoShortNote: [t(`${family}, “${shortTitle(chicagoTitle)}${at ? `,” para. ${at}.` : '.”'}`)],
    chicagoBibliography: [
      t(`${invertedName(article.author)}. “${period(chicagoTitle)}” Annotated edition. ${chicagoSite}${edition.date ? `, ${chicagoDate(edition.date)}` : ''}. Originally published in `),
      i(paper),
      t(`, ${chicagoDate(article.datePublished)}. ${edition.url}.`),
    ],
    bibtex: bibtexEntry('misc', `${bibtexKey(article)}-annotated${at ? `-p${at}` : ''}`, [
      ['author', bibtexEscape(invertedName(article.author))],
      ['title', bibtexTitle(article.title, article.properNouns)],
      ['howpublished', bibtexEscape(edition.siteName)],
      ['year', edition.date ? String(dateParts(edition.date).year) : undefined],
      ['month', month === undefined ? undefined : BIBTEX_MONTHS[month - 1], 'raw'],
      ['date', edition.date],
      ['url', edition.url],
      [
        'note',
        `${at ? `Paragraph ${at}. ` : ''}Annotated edition. Originally published in ${bibtexEscape(article.publication)}, ${longDate(article.datePublished)}`,
      ],
    ]),
  };
}
