/**
 * HTML in content never reaches a page as markup that runs: a `<script>` or an `onerror=` in a
 * note, a follow-up, an entity's entry or the article body is escaped or dropped by the same
 * renderers the pages use.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE, build, fixtureEdition, replaceOnce } from '../support/fixture-edition.ts';
import { allSources, followUpList, sourceList } from '../../src/edition/note.ts';
import { wholeNote } from '../../src/edition/reading-notes.ts';
import { toHtml } from '../../src/edition/processor.ts';

const HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a> <b onclick="alert(4)">bold</b>';
const RUNS = /<script|onerror|onclick|javascript:/i;

describe('hostile HTML in content', () => {
  const root = fixtureEdition({
    [ARTICLE]: (text) =>
      [
        replaceOnce('note: The Rainbow drone costs little.', `note: '${HOSTILE}'`),
        replaceOnce('text: Prices fell further.', `text: '${HOSTILE}'`),
        replaceOnce('article about the Rainbow.', `article about the Rainbow. ${HOSTILE}`),
      ].reduce((t, edit) => edit(t), text),
    'entities/acme.md': replaceOnce('ACME thinks.', `ACME thinks. ${HOSTILE}`),
  });
  const edition = build(root, false);
  const article = edition.articles[0]!;

  it('is inert in the article text and the margin items', () => {
    const html = article.paragraphs.map((p) => p.html).join('\n');
    expect(html).toContain('bold');
    expect(html).not.toMatch(RUNS);
  });

  it('is inert in the whole note, its follow-ups and its sources', () => {
    for (const { claim, number } of article.claims) {
      const note = toHtml(wholeNote(claim, number, { pageHref: `/claims/${claim.id}/`, pageUrl: `https://example.org/claims/${claim.id}/` }));
      expect(note).not.toMatch(RUNS);
      const details = toHtml([followUpList(claim), sourceList(allSources(claim))]);
      expect(details).not.toMatch(RUNS);
    }
  });

  it("is inert in an entity's entry", () => {
    const acme = edition.entity('acme')!;
    expect(acme.bodyHtml).toContain('bold');
    expect(acme.bodyHtml).not.toMatch(RUNS);
  });
});
