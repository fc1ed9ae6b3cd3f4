/**
 * Anchoring a claim's quote to the text (src/edition/anchor.ts) over a three-paragraph fixture:
 * found, missing (with the nearest passages offered), ambiguous, disambiguated by prefix or
 * suffix, and overlapping quotes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorQuote, partiallyOverlap } from '../../src/edition/anchor.ts';
import { ARTICLE, fixtureEdition, problemsOf, build, replaceOnce } from '../support/fixture-edition.ts';

const paragraphs = readFileSync('tests/fixtures/anchoring/paragraphs.txt', 'utf8').trim().split(/\n\n/);
const at = (result: ReturnType<typeof anchorQuote>) => {
  if (!result.ok) throw new Error(`expected a match, got ${result.reason}`);
  return paragraphs[result.paragraph]!.slice(result.start, result.end);
};

describe('anchoring a quote', () => {
  it('finds a quote that occurs once, at its exact place', () => {
    const result = anchorQuote(paragraphs, { exact: 'restrictions on exports' });
    expect(result).toMatchObject({ ok: true, paragraph: 0 });
    expect(at(result)).toBe('restrictions on exports');
  });

  it('treats runs of whitespace as equal, and marks the text as written', () => {
    const result = anchorQuote(paragraphs, { exact: 'China is large' });
    expect(at(result)).toBe('China  is   large');
  });

  it('reports a missing quote with the nearest passages, never a lookalike match', () => {
    const result = anchorQuote(paragraphs, { exact: 'the blockade may last for decades' });
    expect(result.ok).toBe(false);
    if (result.ok || result.reason !== 'missing') throw new Error('expected "missing"');
    expect(result.candidates[0]!.paragraph).toBe(2);
    expect(result.candidates[0]!.text).toContain('blockade might last for decades');
  });

  it('refuses a quote found twice without context', () => {
    const result = anchorQuote(paragraphs, { exact: 'Russia will have to look for partners' });
    expect(result).toMatchObject({ ok: false, reason: 'ambiguous' });
    if (result.ok || result.reason !== 'ambiguous') return;
    expect(result.matches.map((m) => m.paragraph)).toEqual([1, 2]);
  });

  it('is made unique by a suffix', () => {
    const result = anchorQuote(paragraphs, { exact: 'Russia will have to look for partners', suffix: ' elsewhere' });
    expect(result).toMatchObject({ ok: true, paragraph: 2, start: 0 });
  });

  it('is made unique by a prefix', () => {
    const result = anchorQuote(paragraphs, { exact: 'China', prefix: 'and ' });
    expect(result).toMatchObject({ ok: true, paragraph: 1 });
    expect(paragraphs[1]!.slice(0, (result as { start: number }).start)).toMatch(/and $/);
  });

  it('reports context that fits none of the places the quote occurs', () => {
    const result = anchorQuote(paragraphs, { exact: 'Russia will have to look for partners', suffix: ' in Asia' });
    expect(result).toMatchObject({ ok: false, reason: 'context-mismatch' });
  });
});

describe('overlapping quotes', () => {
  it('nested quotes are fine; crossing quotes are not', () => {
    const outer = { paragraph: 0, start: 0, end: 50 };
    expect(partiallyOverlap(outer, { paragraph: 0, start: 10, end: 20 })).toBe(false);
    expect(partiallyOverlap(outer, { paragraph: 0, start: 40, end: 60 })).toBe(true);
    expect(partiallyOverlap(outer, { paragraph: 1, start: 40, end: 60 })).toBe(false);
    expect(partiallyOverlap(outer, { paragraph: 0, start: 50, end: 60 })).toBe(false);
  });

  it('a quote nested in another renders as a mark inside the other mark, each with its margin item and marker', () => {
    const root = fixtureEdition({ [ARTICLE]: replaceOnce('quote: ACME will grow', 'quote: say that ACME will grow') });
    const inner = fixtureEdition({
      [ARTICLE]: (text) =>
        replaceOnce(
          'quote: ACME will grow',
          'quote: say that ACME will grow',
        )(text).replace(
          '    entities: [rainbow-drone]\n',
          '    entities: [rainbow-drone]\n  - id: acme-grows-inner\n    quote: ACME will\n    prefix: "that "\n    type: prediction\n    verdict: unresolved\n    conclusion: Inner.\n    reviewed: "2026-12-01"\n    history: [{date: "2014-10-05", verdict: unresolved, why: Inner.}]\n    theme: industry\n    note: Inner.\n    sources:\n      - {title: t, publisher: p, url: "https://example.org/x"}\n',
        ),
      // A new claim id is a new address: recorded, as `npm run permalinks` would.
      'permalinks.json': replaceOnce('"acme-will-grow"\n', '"acme-will-grow", "acme-grows-inner"\n'),
    });
    expect(build(root).articles[0]!.claims).toHaveLength(2);
    const article = build(inner).articles[0]!;
    const html = article.paragraphs.find((p) => p.text.includes('ACME will grow'))!.html;
    const outerAt = html.indexOf('<mark data-claim="acme-will-grow"');
    const innerAt = html.indexOf('<mark data-claim="acme-grows-inner"');
    expect(outerAt).toBeGreaterThanOrEqual(0);
    expect(innerAt).toBeGreaterThan(outerAt);
    // Each margin item sits just before its own marked words (it floats from there into the
    // margin); each marker right after them, the inner one inside the outer mark.
    const innerItem = html.indexOf('data-claim-margin="acme-grows-inner"');
    expect(innerItem).toBeGreaterThan(outerAt);
    expect(innerItem).toBeLessThan(innerAt);
    const outerItem = html.indexOf('data-claim-margin="acme-will-grow"');
    expect(outerItem).toBeGreaterThanOrEqual(0);
    expect(outerItem).toBeLessThan(outerAt);
    const innerMarker = html.indexOf(`popovertarget="n${article.claims.find((c) => c.claim.id === 'acme-grows-inner')!.number}"`);
    const outerMarker = html.indexOf(`popovertarget="n${article.claims.find((c) => c.claim.id === 'acme-will-grow')!.number}"`);
    expect(innerMarker).toBeGreaterThan(innerAt);
    expect(outerMarker).toBeGreaterThan(innerMarker);
  });

  it('crossing quotes fail the build and name both claims', () => {
    const root = fixtureEdition({
      [ARTICLE]: (text) =>
        text.replace(
          '    entities: [rainbow-drone]\n',
          '    entities: [rainbow-drone]\n  - id: crossing\n    quote: will grow. Nobody\n    type: fact\n    verdict: accurate\n    conclusion: Crossing.\n    reviewed: "2026-12-01"\n    history: [{date: "2014-10-05", verdict: accurate, why: Crossing.}]\n    theme: industry\n    note: Crossing.\n    sources:\n      - {title: t, publisher: p, url: "https://example.org/x"}\n',
        ),
      'permalinks.json': replaceOnce('"acme-will-grow"\n', '"acme-will-grow", "crossing"\n'),
    });
    const problems = problemsOf(root);
    expect(problems).toHaveLength(1);
    expect(`${problems[0]!.file}:${problems[0]!.line}`).toMatch(/articles\/sample-op-ed\.md:37$/);
    expect(problems[0]!.field).toBe('claims[1].quote (claim "crossing")');
    expect(problems[0]!.problem).toMatch(/overlaps the quote of claim "acme-will-grow" without containing it/);
    expect(problems[0]!.fix).toMatch(/shorten one of the two quotes/);
  });
});
