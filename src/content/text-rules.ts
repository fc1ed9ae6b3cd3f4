/**
 * Quotes, prefixes and suffixes are matched against the article without its invisible
 * characters (src/lib/anchor.ts): a soft hyphen or zero-width space typed or pasted into a quote
 * would make it look identical to the text and still not be found, so it is named here instead,
 * with where it sits.
 */
import type { ProblemList } from './errors.ts';
import type { ParsedFile } from './frontmatter.ts';
import type { ArticleData } from './schema.ts';
import { characterName, firstInvisible } from '../lib/invisible-text.ts';

export function checkQuoteCharacters(
  articles: ReadonlyArray<{ file: string; data: ArticleData; parsed: ParsedFile }>,
  problems: ProblemList,
): void {
  for (const { file, data, parsed } of articles) {
    data.claims.forEach((claim, i) => {
      for (const key of ['quote', 'prefix', 'suffix'] as const) {
        const value = claim[key];
        const found = value === undefined ? undefined : firstInvisible(value);
        if (!value || !found) continue;
        problems.add({
          file,
          line: parsed.lineOf(['claims', i, key]),
          field: `claims[${i}].${key} (claim "${claim.id}")`,
          problem: `the ${key} holds an invisible ${characterName(found.char)} after ${JSON.stringify(value.slice(0, found.index))}, so it looks like the text but is not the same`,
          fix: `delete the invisible character from the ${key} (the article's own invisible characters are ignored when matching)`,
        });
      }
    });
  }
}
