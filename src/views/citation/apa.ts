/**
 * APA 7. The op-ed as a newspaper article: the headline in sentence case, "The" kept in the
 * paper's name. The edition as a republished work: "(Original work published 2014)", dated by
 * its latest event or "n.d.".
 */
import { MONTHS } from '../../lib/dates.ts';
import { sentenceCase } from '../../lib/title-case.ts';
import { dateParts, i, period, splitName, t, type Citation, type CitedArticle, type CitedEdition } from './common.ts';

export interface ApaCitations {
  apa: Citation;
  /** APA parenthetical citation, e.g. "(Kashin, 2014)". */
  apaInText: Citation;
}

/** APA: "2014, October 5", "2025, December", "2025". */
export function apaDate(date: string | undefined): string {
  if (!date) return 'n.d.';
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `${year}`;
  return `${year}, ${MONTHS[month - 1]}${day === undefined ? '' : ` ${day}`}`;
}

/** APA: "Kashin, V."; "Jean-Paul Sartre" → "Sartre, J.-P.". */
export function apaAuthor(name: string): string {
  const { given, family } = splitName(name);
  const initials = given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part[0]!.toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
  return initials ? `${family}, ${initials}` : family;
}

export function apaOriginal(article: CitedArticle): ApaCitations {
  const { family } = splitName(article.author);
  const year = dateParts(article.datePublished).year;
  return {
    apa: [
      t(`${apaAuthor(article.author)} (${apaDate(article.datePublished)}). ${period(sentenceCase(article.title, article.properNouns))} `),
      i(article.publication),
      t(`. ${article.url}`),
    ],
    apaInText: [t(`(${family}, ${year})`)],
  };
}

export function apaEdition(article: CitedArticle, edition: CitedEdition): ApaCitations {
  const { family } = splitName(article.author);
  const original = dateParts(article.datePublished).year;
  const editionYear = edition.date ? String(dateParts(edition.date).year) : 'n.d.';
  const at = edition.paragraph;
  return {
    apa: [
      t(`${apaAuthor(article.author)} (${apaDate(edition.date)}). `),
      i(sentenceCase(article.title, article.properNouns)),
      t(` [Annotated edition]. ${edition.siteName}. ${edition.url} (Original work published ${original})`),
    ],
    apaInText: [t(`(${family}, ${original}/${editionYear}${at ? `, para. ${at}` : ''})`)],
  };
}
