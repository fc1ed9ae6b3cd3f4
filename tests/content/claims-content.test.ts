/**
 * The real edition's claims: every body paragraph of the op-ed carries at least one, and every
 * note fits the margin. (That every claim has a source, and every source an http(s) address, a
 * title and a publisher, is the schema's to refuse: content-model.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/edition/edition.ts';
import { sentenceStarts } from '../../src/lib/sentences.ts';

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

    it('every claim has a note of margin length: two to five sentences, under 900 characters', () => {
      const misfits = article.claims
        .map(({ claim }) => ({ id: claim.id, sentences: sentenceStarts(claim.note).length, characters: claim.note.length }))
        .filter(({ sentences, characters }) => sentences < 2 || sentences > 5 || characters >= 900);
      expect(misfits).toEqual([]);
    });
  }
});
