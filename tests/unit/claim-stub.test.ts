/**
 * `npm run claim`'s logic on the fixture edition: a unique quote, an ambiguous one (each place
 * with the context that picks it), a near miss; the id; and the stub, which the build must
 * anchor where the command said once filled, and must refuse field by field while it is not.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ARTICLE, build, fixtureEdition, problemsOf } from '../support/fixture-edition.ts';
import { appendClaim, claimStub, findWords, suggestClaimId } from '../../src/editor/claim-stub.ts';
import { claimCommand } from '../../src/editor/claim-command.ts';
import { claimSchema } from '../../src/content/schema.ts';

const edition = build(fixtureEdition());
const article = edition.articles[0]!;
const paragraphs = article.paragraphs;

/** A stub with every field to fill filled, as an editor would. */
function filled(stub: string): string {
  return stub
    .replace('type: ""', 'type: fact')
    .replace(/(\n\s+)verdict: ""/g, '$1verdict: accurate')
    .replace('theme: ""', 'theme: drones')
    .replace('conclusion: ""', 'conclusion: A conclusion.')
    .replace('reviewed: ""', 'reviewed: "2026-12-01"')
    .replace('why: ""', 'why: It was so.')
    .replace('note: ""', 'note: A note.')
    .replace('title: ""', 'title: A title')
    .replace('publisher: ""', 'publisher: A publisher')
    .replace(/\n\s+date: ""[^\n]*/, '')
    .replace('url: ""', 'url: https://example.org/source');
}

/** Builds the fixture with `stub` appended to the article's claims; returns the edition. */
function withStub(stub: string, id: string) {
  const root = fixtureEdition();
  const file = join(root, ARTICLE);
  writeFileSync(file, appendClaim(readFileSync(file, 'utf8'), stub, id));
  // A new claim id is a new address: recorded, as `npm run permalinks` would.
  const manifest = join(root, 'permalinks.json');
  const recorded = JSON.parse(readFileSync(manifest, 'utf8'));
  recorded.claims.published.push(id);
  writeFileSync(manifest, JSON.stringify(recorded));
  return root;
}

describe('finding the words', () => {
  it('finds a unique quote and says which paragraph, by id and number', () => {
    const found = findWords(paragraphs, '  Rainbow drone\n flies far ');
    expect(found.ok).toBe(true);
    if (!found.ok) return;
    expect(found.quote).toBe('Rainbow drone flies far');
    expect(found.places).toHaveLength(1);
    expect(found.places[0]!.paragraph).toMatchObject({ id: 'the-rainbow-drone-flies-far', number: 3 });
    expect(found.places[0]).not.toHaveProperty('prefix');
  });

  it('gives each place of an ambiguous quote the shortest context that the build anchors there', () => {
    const found = findWords(paragraphs, 'ACME');
    if (!found.ok) throw new Error('expected ACME to be found');
    expect(found.places.map((p) => p.paragraph.number)).toEqual([2, 2, 2, 5]);
    for (const [i, place] of found.places.entries()) {
      const context = place.prefix ?? place.suffix;
      expect(context, `place ${i + 1} has a prefix or suffix`).toBeTruthy();
      const id = `acme-${i + 1}`;
      const root = withStub(
        filled(claimStub({ id, quote: found.quote, prefix: place.prefix, suffix: place.suffix, datePublished: '2014-10-05' })),
        id,
      );
      const claim = build(root).articles[0]!.claims.find((c) => c.claim.id === id)!;
      expect(claim.paragraphId).toBe(place.paragraph.id);
      expect(claim.position.start).toBe(place.start);
    }
    // Whole words, fewest characters: "at " would also fit "that " and "Nobody at ", so the
    // first place is picked by what follows it; a tie goes to the words before.
    expect(found.places.map(({ prefix, suffix }) => ({ prefix, suffix }))).toEqual([
      { prefix: undefined, suffix: ' say' },
      { prefix: 'that ', suffix: undefined },
      { prefix: 'Nobody at ', suffix: undefined },
      { prefix: undefined, suffix: ', a' },
    ]);
  });

  it('on a near miss offers the nearest passages instead of a stub', () => {
    const found = findWords(paragraphs, 'the Rainbow drone is expensive');
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.nearest[0]).toMatchObject({
      paragraph: { id: 'everyone-agrees-that-the-rainbow' },
      text: expect.stringContaining('the Rainbow drone is'),
    });
    const outcome = claimCommand(edition, 'the Rainbow drone is expensive');
    expect(outcome.code).toBe(1);
    expect(outcome.err).toMatch(/nearest passages:\n {2}¶ everyone-agrees-that-the-rainbow \(paragraph 1\): ".*the Rainbow drone is"/);
  });
});

describe('the suggested id', () => {
  it('is made of the key words and never one already taken', () => {
    expect(suggestClaimId('the Rainbow drone is cheap', ['drones-are-cheap'])).toBe('rainbow-drone-cheap');
    expect(suggestClaimId('the Rainbow drone is cheap', ['rainbow-drone-cheap', 'rainbow-drone-cheap-2'])).toBe('rainbow-drone-cheap-3');
    expect(suggestClaimId("Russia's refund could build ships with China", [])).toBe('russias-refund-build-ships');
  });
});

describe('the stub', () => {
  const stub = claimStub({ id: 'rainbow-flies-far', quote: 'Rainbow drone flies far', datePublished: '2014-10-05' });

  it('has every field the schema requires, and marks each one to fill', () => {
    const [claim] = parse(`claims:\n${stub}`).claims as Array<Record<string, unknown>>;
    const required = Object.entries(claimSchema.shape)
      .filter(([, field]) => !field.safeParse(undefined).success)
      .map(([key]) => key);
    expect(required.length).toBeGreaterThan(5);
    for (const key of required) expect(Object.keys(claim!), `stub has "${key}"`).toContain(key);
    for (const key of ['type', 'verdict', 'theme', 'note', 'conclusion', 'reviewed']) {
      expect(stub).toMatch(new RegExp(`\\n\\s+${key}: "" # FILL: `));
    }
  });

  it('left unfilled, fails the content check on each field to fill, and on nothing else', () => {
    const problems = problemsOf(withStub(stub, 'rainbow-flies-far'));
    const fields = problems.map((p) => p.field.replace(/ \(claim .*\)$/, ''));
    expect(fields).toEqual(
      expect.arrayContaining([
        'claims[2].type',
        'claims[2].verdict',
        'claims[2].theme',
        'claims[2].note',
        'claims[2].conclusion',
        'claims[2].reviewed',
        'claims[2].history[0].verdict',
        'claims[2].sources[0].url',
      ]),
    );
    expect(fields.filter((f) => /quote|prefix|suffix|id$/.test(f))).toEqual([]);
  });

  it('filled, builds, with its quote marked in the paragraph the command named', () => {
    const prepared = build(withStub(filled(stub), 'rainbow-flies-far')).articles[0]!;
    expect(prepared.claims.find((c) => c.claim.id === 'rainbow-flies-far')?.paragraphId).toBe('the-rainbow-drone-flies-far');
  });

  it('is appended after the last claim, leaving the rest of the file as it was', () => {
    const source = readFileSync(join(fixtureEdition(), ARTICLE), 'utf8');
    const after = appendClaim(source, stub, 'rainbow-flies-far');
    expect(after.replace(stub, '')).toBe(source);
    expect(after.indexOf(stub)).toBeLessThan(after.indexOf('\n---\n'));
    const empty = source.replace(/claims:[\s\S]*?\n---\n/, 'claims: []\n---\n');
    expect(parse(appendClaim(empty, stub, 'rainbow-flies-far').split('---\n')[1]!).claims.map((c: { id: string }) => c.id)).toEqual([
      'rainbow-flies-far',
    ]);
  });
});

describe('the command', () => {
  it('asks which place to append when the words occur more than once', () => {
    const source = readFileSync(join(fixtureEdition(), ARTICLE), 'utf8');
    const outcome = claimCommand(edition, 'Rainbow drone', { append: true, articleSource: source });
    expect(outcome.code).toBe(2);
    expect(outcome.err).toMatch(/occur 2 times; say which with --occurrence <n>/);
    const chosen = claimCommand(edition, 'Rainbow drone', { append: true, occurrence: 2, articleSource: source });
    expect(chosen.code).toBe(0);
    expect(chosen.write?.text).toContain('quote: "Rainbow drone"');
  });
});
