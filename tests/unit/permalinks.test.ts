import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPermalinks } from '../../src/edition/permalinks.ts';
import { ARTICLE, build, fixtureEdition, problemsOf, replaceOnce } from '../support/fixture-edition.ts';

describe('the permalink manifest', () => {
  it('accepts current ids and reports new ones as unrecorded', () => {
    const check = checkPermalinks(['a-b', 'c-d', 'e-f'], ['a-b', 'c-d'], {});
    expect(check.problems).toEqual([]);
    expect(check.unrecorded).toEqual(['e-f']);
  });

  it('fails when a published id would vanish, naming the id and the moved entry to add', () => {
    const { problems } = checkPermalinks(['rainbow-drones-fly-far'], ['the-rainbow-drone-flies-far'], {});
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toContain('"the-rainbow-drone-flies-far" was published');
    expect(problems[0]!.fix).toContain('"moved"');
    expect(problems[0]!.fix).toContain('probably "rainbow-drones-fly-far"');
  });

  it('keeps a moved id resolving, following chains of moves to today’s paragraph', () => {
    const { problems, aliases } = checkPermalinks(['c'], ['a', 'b', 'c'], { a: 'b', b: 'c' });
    expect(problems).toEqual([]);
    expect(aliases).toEqual(
      new Map([
        ['a', 'c'],
        ['b', 'c'],
      ]),
    );
  });

  it('refuses moves to nowhere, moves in a circle, and moving an id that is still in use', () => {
    expect(checkPermalinks(['x'], ['a'], { a: 'gone' }).problems[0]!.problem).toContain('not the id of any paragraph');
    expect(checkPermalinks(['x'], ['a', 'b'], { a: 'b', b: 'a' }).problems[0]!.problem).toContain('circle');
    expect(checkPermalinks(['a', 'x'], ['a'], { a: 'x' }).problems[0]!.problem).toContain('still carries');
  });

  it('a rewritten opening without a moved entry fails the build and names content/permalinks.json', () => {
    const problems = problemsOf(fixtureEdition({ [ARTICLE]: replaceOnce('The Rainbow drone flies far.', 'Rainbow drones fly far.') }));
    const vanished = problems.find((p) => p.field === 'moved["sample-op-ed"]["the-rainbow-drone-flies-far"]');
    expect(vanished?.file).toMatch(/permalinks\.json$/);
    expect(vanished?.line).toBeUndefined();
    expect(vanished?.problem).toMatch(/"the-rainbow-drone-flies-far" was published and no paragraph carries it any more/);
    expect(vanished?.fix).toMatch(/add "the-rainbow-drone-flies-far": "<new id>" under "moved" .*\(probably "rainbow-drones-fly-far-it"\)/);
  });

  it('with the moved entry, the old id stays on the page as an anchor inside the new paragraph', () => {
    const edition = build(
      fixtureEdition({
        [ARTICLE]: replaceOnce('The Rainbow drone flies far.', 'Rainbow drones fly far.'),
        'permalinks.json': (text) =>
          replaceOnce(
            '"moved": {},\n  "claims"',
            '"moved": { "sample-op-ed": { "the-rainbow-drone-flies-far": "rainbow-drones-fly-far-it" } },\n  "claims"',
          )(text.replace('"a-final-paragraph-closes-the"', '"a-final-paragraph-closes-the", "rainbow-drones-fly-far-it"')),
      }),
    );
    const paragraph = edition.articles[0]!.paragraphs.find((p) => p.id === 'rainbow-drones-fly-far-it')!;
    expect(paragraph.aliases).toEqual(['the-rainbow-drone-flies-far']);
    expect(paragraph.html).toContain('<span class="alias" id="the-rainbow-drone-flies-far"');
  });

  // That the build refuses it, naming the command that records it: bad-content-build.test.ts.
  it('in dev a new paragraph id not yet recorded is listed as unrecorded, not an error', () => {
    const edition = build(
      fixtureEdition({ [ARTICLE]: replaceOnce('A final paragraph', 'A brand new paragraph.\n\nA final paragraph') }),
      false,
    );
    expect(edition.articles[0]!.unrecorded).toEqual(['a-brand-new-paragraph']);
  });
});

describe('claim ids and entity slugs are published addresses too', () => {
  const renameClaim = { [ARTICLE]: replaceOnce('id: drones-are-cheap', 'id: cheap-drones') };

  it('a renamed claim id without a mapping fails the content check, naming both ids', () => {
    const problems = problemsOf(fixtureEdition(renameClaim));
    const vanished = problems.find((p) => p.problem.includes('"drones-are-cheap" was published'));
    expect(vanished?.file).toMatch(/permalinks\.json$/);
    expect(vanished?.field).toBe('claims.moved["drones-are-cheap"]');
    expect(vanished?.fix).toContain('add "drones-are-cheap": "<new id>" under "moved" in "claims"');
    expect(vanished?.fix).toContain('probably "cheap-drones"');
  });

  it('mapped under "moved", the old id lands: an alias anchor in the article and a move the pages redirect', () => {
    const edition = build(
      fixtureEdition({
        ...renameClaim,
        'permalinks.json': replaceOnce(
          '"drones-are-cheap",\n      "acme-will-grow"\n    ],\n    "moved": {}',
          '"drones-are-cheap",\n      "acme-will-grow",\n      "cheap-drones"\n    ],\n    "moved": { "drones-are-cheap": "cheap-drones" }',
        ),
      }),
    );
    expect(edition.movedClaims).toEqual(new Map([['drones-are-cheap', 'cheap-drones']]));
    const html = edition.articles[0]!.paragraphs.map((p) => p.html).join('');
    expect(html).toMatch(
      /<span class="alias" id="claim-drones-are-cheap"[^>]*><\/span>(<span[\s\S]*?)?<mark data-claim="cheap-drones"[^>]* id="claim-cheap-drones"[^>]*>/,
    );
  });

  it('a renamed entity slug without a mapping fails, naming both slugs', () => {
    const dir = fixtureEdition({
      'entities/context-only.md': replaceOnce('related: [acme]', 'related: [acme-corp]'),
      'entities/rainbow-drone.md': replaceOnce('related: [acme]', 'related: [acme-corp]'),
    });
    renameSync(join(dir, 'entities/acme.md'), join(dir, 'entities/acme-corp.md'));
    const problems = problemsOf(dir);
    const vanished = problems.find((p) => p.problem.includes('"acme" was published'));
    expect(vanished?.field).toBe('entities.moved["acme"]');
    expect(vanished?.fix).toContain('probably "acme-corp"');
  });

  it('a new claim id is refused until recorded', () => {
    const problems = problemsOf(fixtureEdition(renameClaim));
    const unrecorded = problems.find((p) => p.field === 'claims.published');
    expect(unrecorded?.problem).toContain('cheap-drones');
    expect(unrecorded?.fix).toContain('npm run permalinks');
  });
});
