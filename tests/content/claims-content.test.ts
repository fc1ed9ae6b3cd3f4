/**
 * The real edition's claims: every body paragraph of the op-ed carries at least one, and every
 * claim is sourced with web links a reader can follow.
 */
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/edition/edition.ts';
import { allSources } from '../../src/edition/note.ts';
import { sourceHref } from '../../src/content/schema.ts';

const edition = buildEdition({ requireRecordedPermalinks: true });

describe('the claims in content/', () => {
  for (const article of edition.articles) {
    it(`every paragraph of “${article.entry.data.title}” with the author's argument has a claim`, () => {
      const bare = article.paragraphs
        .filter((p) => p.role !== 'disclaimer')
        .filter((p) => !article.claims.some((c) => c.paragraphId === p.id))
        .map((p) => `#${p.id}: ${p.text.slice(0, 60)}…`);
      expect(bare).toEqual([]);
    });

    it('every claim has at least one source with an http(s) URL, and every source is one', () => {
      for (const { claim } of article.claims) {
        expect(claim.sources.length, claim.id).toBeGreaterThan(0);
        for (const source of allSources(claim)) {
          const href = sourceHref(source);
          expect(new URL(href).protocol, `${claim.id}: ${href}`).toMatch(/^https?:$/);
          expect(source.title.trim(), `${claim.id}: ${href}`).not.toBe('');
          expect(source.publisher.trim(), `${claim.id}: ${href}`).not.toBe('');
        }
      }
    });

    it('every claim has a note of margin length (two to five sentences, under 900 characters)', () => {
      const long = article.claims.filter(({ claim }) => claim.note.length > 900).map(({ claim }) => `${claim.id} (${claim.note.length})`);
      expect(long).toEqual([]);
    });
  }
});
