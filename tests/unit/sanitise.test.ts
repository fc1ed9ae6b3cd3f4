/**
 * HTML in content never reaches a page as markup that runs: a `<script>` or an `onerror=` in a
 * note, a follow-up, an entity's entry or the article body is escaped or dropped by the same
 * renderers the pages use.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE, build, fixtureEdition, problemsOf, replaceOnce } from '../support/fixture-edition.ts';
import { allSources, followUpList, sourceList } from '../../src/edition/note.ts';
import { wholeNote } from '../../src/edition/reading-notes.ts';
import { renderMarkdown, toHtml } from '../../src/edition/processor.ts';
import { prepareArticle } from '../../src/edition/article.ts';
import { ProblemList } from '../../src/content/errors.ts';

const HOSTILE =
  '<script>alert(1)</script><img src=x onerror="alert(2)"> <a href="javascript:alert(3)">x</a> <b onclick="alert(4)">bold</b>';
const RUNS = /<script|onerror|onclick|javascript:/i;

describe('hostile HTML in content', () => {
  it('is refused by the content check, in notes, follow-ups, the text and entity entries alike', () => {
    const problems = problemsOf(
      fixtureEdition({
        [ARTICLE]: (text) =>
          [
            replaceOnce('note: The Rainbow drone costs little.', `note: '${HOSTILE}'`),
            replaceOnce('text: Prices fell further.', `text: '${HOSTILE}'`),
            replaceOnce('article about the Rainbow.', `article about the Rainbow. ${HOSTILE}`),
          ].reduce((t, edit) => edit(t), text),
        'entities/acme.md': replaceOnce('ACME thinks.', `ACME thinks. ${HOSTILE}`),
      }),
    );
    const raw = problems.filter((p) => /raw HTML/.test(p.problem)).map((p) => `${p.file.split('/').at(-1)} ${p.field}`);
    expect(raw).toEqual(
      expect.arrayContaining([
        'sample-op-ed.md claims[0].note (claim "drones-are-cheap")',
        'sample-op-ed.md claims[0].followUps[0].text (claim "drones-are-cheap")',
        'sample-op-ed.md text',
        'acme.md text',
      ]),
    );
  });

  // Behind the check, the renderers stay inert on their own (defence in depth): the same
  // hostile content, handed to them directly.
  const edition = build(fixtureEdition(), false);
  const entry = edition.articles[0]!.entry;
  const [first, ...rest] = entry.data.claims;
  const hostileEntry = {
    ...entry,
    body: entry.body.replace('article about the Rainbow.', `article about the Rainbow. ${HOSTILE}`),
    data: {
      ...entry.data,
      claims: [{ ...first!, note: HOSTILE, followUps: first!.followUps.map((f) => ({ ...f, text: HOSTILE })) }, ...rest],
    },
  };
  const article = prepareArticle(
    hostileEntry,
    { entities: edition.content.entities, permalinks: edition.content.permalinks, permalinksFile: edition.content.permalinksFile },
    new ProblemList(),
  );

  it('is inert in the article text and the margin items', () => {
    const html = article.paragraphs.map((p) => p.html).join('\n');
    expect(html).toContain('bold');
    expect(html).not.toMatch(RUNS);
  });

  it('is inert in the whole note, its follow-ups and its sources', () => {
    for (const { claim, number } of article.claims) {
      const note = toHtml(wholeNote(claim, number, { pageHref: `/claims/${claim.id}/` }));
      expect(note).not.toMatch(RUNS);
      const details = toHtml([followUpList(claim), sourceList(allSources(claim))]);
      expect(details).not.toMatch(RUNS);
    }
  });

  it("is inert in an entity's entry", () => {
    const html = renderMarkdown(`ACME thinks. ${HOSTILE}`);
    expect(html).toContain('bold');
    expect(html).not.toMatch(RUNS);
  });
});
