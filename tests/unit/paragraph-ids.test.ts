import { describe, expect, it } from 'vitest';
import { paragraphId, explicitId } from '../../src/edition/paragraph-ids.ts';
import { ARTICLE, build, fixtureEdition, problemsOf, replaceOnce } from '../support/fixture-edition.ts';

const idsOf = (root: string) => build(root, false).articles[0]!.paragraphs.map((p) => p.id);

describe('paragraph ids', () => {
  it('are made from the paragraph’s own opening words, readable in a URL', () => {
    expect(paragraphId("China's production of military technology very favorably")).toBe('chinas-production-of-military-technology');
    expect(paragraphId('Élysée says: “not met”.')).toBe('elysee-says-not-met');
    expect(paragraphId('071 series ships')).toBe('p-071-series-ships');
  });

  it('stay the same for every other paragraph when one paragraph is edited, inserted or annotated', () => {
    const before = idsOf(fixtureEdition());
    const after = idsOf(
      fixtureEdition({
        [ARTICLE]: (text) =>
          replaceOnce(
            'It is made in a factory.',
            'It is made in a large factory near the coast.',
          )(text)
            .replace('A final paragraph', 'A paragraph inserted by an editor.\n\nA final paragraph')
            .replace(
              'claims:\n',
              'claims:\n  - id: inserted-claim\n    quote: It is made in a large factory\n    type: fact\n    verdict: accurate\n    conclusion: A new note.\n    reviewed: "2026-12-01"\n    history: [{date: "2014-10-05", verdict: accurate, why: A new note.}]\n    theme: industry\n    note: A new note.\n    sources:\n      - title: T\n        publisher: P\n        url: https://example.org/t\n',
            ),
      }),
    );
    expect(after).toEqual([...before.slice(0, 3), 'a-paragraph-inserted-by-an', ...before.slice(3)]);
  });

  it('change only for the paragraph whose opening words are rewritten', () => {
    const before = idsOf(fixtureEdition());
    const after = idsOf(
      fixtureEdition({
        [ARTICLE]: replaceOnce('The Rainbow drone flies far.', 'Rainbow drones fly far.'),
        // The old id was published: the manifest must say where it went (see permalinks tests).
        'permalinks.json': replaceOnce(
          '"moved": {},\n  "claims"',
          '"moved": { "sample-op-ed": { "the-rainbow-drone-flies-far": "rainbow-drones-fly-far-it" } },\n  "claims"',
        ),
      }),
    );
    expect(after.filter((id, i) => id !== before[i])).toEqual(['rainbow-drones-fly-far-it']);
  });

  it('can be pinned by ending a paragraph with {#id}, which is not shown', () => {
    expect(explicitId('Some text. {#my-id}')).toEqual({ id: 'my-id', length: 9 });
    const edition = build(
      fixtureEdition({
        [ARTICLE]: replaceOnce('It is made in a factory.', 'It is made in a factory. {#pinned}'),
        'permalinks.json': replaceOnce(
          '"moved": {},\n  "claims"',
          '"moved": { "sample-op-ed": { "the-rainbow-drone-flies-far": "pinned" } },\n  "claims"',
        ),
      }),
      false,
    );
    const paragraph = edition.articles[0]!.paragraphs[2]!;
    expect(paragraph.id).toBe('pinned');
    expect(paragraph.text).not.toContain('{#');
  });

  it('that collide fail the build, naming the paragraph and how to pin another id', () => {
    const root = fixtureEdition({
      [ARTICLE]: replaceOnce('A final paragraph closes', 'The Rainbow drone flies far. A final paragraph closes'),
    });
    const [problem] = problemsOf(root).filter((p) => p.field.startsWith('paragraph'));
    expect(problem?.file).toMatch(/articles\/sample-op-ed\.md$/);
    expect(problem?.field).toBe('paragraph "the-rainbow-drone-flies-far"');
    expect(problem?.fix).toContain('{#');
  });
});
