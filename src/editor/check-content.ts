/**
 * What `npm run check-content` runs: the build's content check (src/integrations/content-check.ts)
 * without the build, so an editor or a pre-commit hook learns in a second what `astro build`
 * would refuse, in the same words.
 */
import { ContentError } from '../content/errors.ts';
import { buildEdition } from '../edition/edition.ts';

export type CheckResult = { ok: true; summary: string } | { ok: false; message: string; count: number };

/** Runs every check the build runs (recorded permalinks included) on the content at `root`. */
export function checkContent(root?: string): CheckResult {
  try {
    const edition = buildEdition({ requireRecordedPermalinks: true, root });
    const claims = edition.articles.reduce((n, a) => n + a.claims.length, 0);
    const paragraphs = edition.articles.reduce((n, a) => n + a.paragraphs.length, 0);
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    return {
      ok: true,
      summary: `Content OK: ${plural(edition.articles.length, 'article')}, ${plural(paragraphs, 'paragraph')}, ${plural(claims, 'claim')}, ${plural(edition.entities.length, 'entity').replace(/entitys$/, 'entities')}, ${plural(edition.pages.length, 'page')}.`,
    };
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, message: error.message, count: error.problems.length };
    throw error;
  }
}
