/**
 * MLA 9. The op-ed: the headline in title case, "The" kept, the month shortened, "https://"
 * dropped from the URL. The edition: "annotated ed." on the site, "Originally published in …".
 */
import { titleCase } from '../../lib/title-case.ts';
import { dateParts, i, invertedName, period, splitName, t, type Citation, type CitedArticle, type CitedEdition } from './common.ts';

export interface MlaCitations {
  mla: Citation;
  /** MLA parenthetical citation, e.g. "(Kashin)". */
  mlaInText: Citation;
}

// MLA abbreviates months longer than four letters.
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/** MLA: "5 Oct. 2014", "Dec. 2025", "2025". */
export function mlaDate(date: string): string {
  const { year, month, day } = dateParts(date);
  if (month === undefined) return `${year}`;
  return `${day === undefined ? '' : `${day} `}${MLA_MONTHS[month - 1]} ${year}`;
}

/** MLA recommends leaving out "http://" and "https://". */
export function mlaUrl(url: string): string {
  return url.replace(/^https?:\/\//, '');
}

export function mlaOriginal(article: CitedArticle): MlaCitations {
  const { family } = splitName(article.author);
  return {
    mla: [
      t(`${invertedName(article.author)}. “${period(titleCase(article.title, 'mla'))}” `),
      i(article.publication),
      t(`, ${mlaDate(article.datePublished)}, ${mlaUrl(article.url)}.`),
    ],
    mlaInText: [t(`(${family})`)],
  };
}

export function mlaEdition(article: CitedArticle, edition: CitedEdition): MlaCitations {
  const { family } = splitName(article.author);
  const at = edition.paragraph;
  return {
    mla: [
      t(`${invertedName(article.author)}. “${period(titleCase(article.title, 'mla'))}” `),
      i(titleCase(edition.siteName, 'mla')),
      t(`, annotated ed.${edition.date ? `, ${mlaDate(edition.date)}` : ''}, ${mlaUrl(edition.url)}. Originally published in `),
      i(article.publication),
      t(`, ${mlaDate(article.datePublished)}.`),
    ],
    mlaInText: [t(`(${family}${at ? `, par. ${at}` : ''})`)],
  };
}
