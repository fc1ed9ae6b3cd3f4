/**
 * Chicago 18, notes and bibliography. The op-ed: the headline in title case, an initial "The"
 * dropped from the newspaper's name. The edition: "annotated edition" on the site, "originally
 * published in …"; a paragraph is a locator in the full and the short note.
 */
import { MONTHS } from '../../lib/dates.ts';
import { titleCase } from '../../lib/title-case.ts';
import { dateParts, i, invertedName, period, splitName, t, type Citation, type CitedArticle, type CitedEdition } from './common.ts';

export interface ChicagoCitations {
  /** Chicago full note (without its number). */
  chicagoNote: Citation;
  /** Chicago shortened note, for later citations of the same work. */
  chicagoShortNote: Citation;
  chicagoBibliography: Citation;
}

/** Chicago: "October 5, 2014", "December 2025", "2025". */
export function chicagoDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `${year}`;
  return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** Chicago drops an initial "The" from English newspaper names in notes and bibliographies. */
function chicagoNewspaper(name: string): string {
  return name.replace(/^The\s+/, '');
}

/** Chicago's short title: up to four words of the title, without a trailing minor word. */
function shortTitle(title: string): string {
  const words = title.split(/\s+/).slice(0, 4);
  while (words.length > 1 && /^(a|an|the|and|or|of|with|to|in|on|for|by|at)$/i.test(words.at(-1)!)) words.pop();
  return words.join(' ').replace(/[,:;]$/, '');
}

export function chicagoOriginal(article: CitedArticle): ChicagoCitations {
  const { family } = splitName(article.author);
  const title = titleCase(article.title, 'chicago');
  const paper = chicagoNewspaper(article.publication);
  return {
    chicagoNote: [t(`${article.author}, “${title},” `), i(paper), t(`, ${chicagoDate(article.datePublished)}, ${article.url}.`)],
    chicagoShortNote: [t(`${family}, “${period(shortTitle(title))}”`)],
    chicagoBibliography: [
      t(`${invertedName(article.author)}. “${period(title)}” `),
      i(paper),
      t(`, ${chicagoDate(article.datePublished)}. ${article.url}.`),
    ],
  };
}

export function chicagoEdition(article: CitedArticle, edition: CitedEdition): ChicagoCitations {
  const { family } = splitName(article.author);
  const title = titleCase(article.title, 'chicago');
  const site = titleCase(edition.siteName, 'chicago');
  const paper = chicagoNewspaper(article.publication);
  const dated = edition.date ? `, ${chicagoDate(edition.date)}` : '';
  const at = edition.paragraph;
  return {
    chicagoNote: [
      t(`${article.author}, “${title},” annotated edition, ${site}${dated}${at ? `, para. ${at}` : ''}, originally published in `),
      i(paper),
      t(`, ${chicagoDate(article.datePublished)}, ${edition.url}.`),
    ],
    chicagoShortNote: [t(`${family}, “${shortTitle(title)}${at ? `,” para. ${at}.` : '.”'}`)],
    chicagoBibliography: [
      t(`${invertedName(article.author)}. “${period(title)}” Annotated edition. ${site}${dated}. Originally published in `),
      i(paper),
      t(`, ${chicagoDate(article.datePublished)}. ${edition.url}.`),
    ],
  };
}
