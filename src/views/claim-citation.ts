/**
 * "Cite this claim": the edition's review of one claim, cited as a web page by the edition (the
 * review is ours; the words reviewed are the author's), in APA 7, MLA 9 and Chicago. Dated by
 * the claim's last review; without one, "n.d.".
 */
import { apaDate } from './citation/apa.ts';
import { chicagoDate } from './citation/chicago.ts';
import type { Citation } from './citation/common.ts';
import { mlaDate, mlaUrl } from './citation/mla.ts';
import { quoteExcerpt } from './timeline.ts';

export interface CitedClaim {
  siteName: string;
  number: number;
  quote: string;
  /** The op-ed's author, whose words are reviewed. */
  author: string;
  /** When the claim was last reviewed, YYYY-MM-DD. */
  date?: string;
  /** Absolute URL of the claim's page. */
  url: string;
}

export function claimCitations(claim: CitedClaim): Array<{ style: string; runs: Citation }> {
  const title = `Claim ${claim.number}: “${quoteExcerpt(claim.quote, 12)}”`;
  const about = `[Fact check of ${claim.author}]`;
  return [
    {
      style: 'APA 7',
      runs: [{ text: `${claim.siteName}. (${apaDate(claim.date)}). ` }, { text: title, italic: true }, { text: ` ${about}. ${claim.url}` }],
    },
    {
      style: 'MLA 9',
      runs: [
        { text: `“${title.replace(/”$/, '.”')}” ` },
        { text: claim.siteName, italic: true },
        { text: `${claim.date ? `, ${mlaDate(claim.date)}` : ''}, ${mlaUrl(claim.url)}.` },
      ],
    },
    {
      style: 'Chicago',
      runs: [
        {
          text: `${claim.siteName}. “${title.replace(/”$/, '.”')}” ${about.slice(1, -1)}.${claim.date ? ` ${chicagoDate(claim.date)}.` : ''} ${claim.url}.`,
        },
      ],
    },
  ];
}
