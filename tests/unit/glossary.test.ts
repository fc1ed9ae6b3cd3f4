/**
 * The glossary's order and what its pages show (src/views/glossary.ts),
 * over the fixture edition.
 */
import { describe, expect, it } from 'vitest';
import { CONTEXT_NOTE, compareNames, entityPage, glossaryIndex, groupByKind, paragraphLabel, sortKey } from '../../src/views/glossary.ts';
import { build, fixtureEdition } from '../support/fixture-edition.ts';

describe('glossary order', () => {
  it('files a name under its first word other than "The", "A" or "An"', () => {
    expect(sortKey('The Moscow Times')).toBe('Moscow Times');
    expect(sortKey('A Sample')).toBe('Sample');
    expect(sortKey('Theory of Everything')).toBe('Theory of Everything');
  });

  it('sorts A–Z ignoring case and accents, numbers by value', () => {
    const names = ['Type 075', 'the Moscow Times', 'Élysée', 'Type 71', 'Argentina', 'moscow'];
    expect([...names].sort(compareNames)).toEqual(['Argentina', 'Élysée', 'moscow', 'the Moscow Times', 'Type 71', 'Type 075']);
  });

  it('groups by kind in the given order, leaves out empty kinds, and sorts within each group', () => {
    const items = [
      { name: 'Turkey', kind: 'country' },
      { name: 'Vasily Kashin', kind: 'person' },
      { name: 'Argentina', kind: 'country' },
    ] as const;
    const groups = groupByKind(
      items,
      ['person', 'company', 'country'],
      (i) => i.kind,
      (i) => i.name,
    );
    expect(groups.map((g) => [g.kind, g.items.map((i) => i.name)])).toEqual([
      ['person', ['Vasily Kashin']],
      ['country', ['Argentina', 'Turkey']],
    ]);
  });

  it('refuses a kind that is not in the order, rather than dropping the item', () => {
    expect(() =>
      groupByKind(
        [{ name: 'X', kind: 'planet' }],
        ['person'],
        (i) => i.kind,
        (i) => i.name,
      ),
    ).toThrow(/"planet" of "X"/);
  });
});

describe('the glossary of the fixture edition', () => {
  const edition = build(fixtureEdition());

  it('lists every entity once, grouped by kind with human labels', () => {
    const groups = glossaryIndex(edition);
    expect(groups.map((g) => [g.label, g.id, g.entries.map((e) => e.slug)])).toEqual([
      ['People', 'kind-person', ['jane-doe']],
      ['Think tanks', 'kind-think-tank', ['acme']],
      ['Weapon systems', 'kind-weapon-system', ['rainbow-drone']],
      ['Policies', 'kind-policy', ['context-only']],
    ]);
    expect(groups.flatMap((g) => g.entries)).toHaveLength(edition.entities.length);
  });

  it('gives each entry its kind, first summary sentence, mention count and context flag', () => {
    const entries = glossaryIndex(edition).flatMap((g) => g.entries);
    expect(entries.find((e) => e.slug === 'rainbow-drone')).toMatchObject({
      href: '/entities/rainbow-drone/',
      name: 'Rainbow drone',
      kindLabel: 'Weapon system',
      summaryLine: 'A drone in the sample.',
      mentionCount: 3,
      context: false,
    });
    expect(entries.find((e) => e.slug === 'context-only')).toMatchObject({ mentionCount: 0, context: true });
    expect(CONTEXT_NOTE).toMatch(/not named in the op-ed; listed for context/i);
  });
});

describe('an entity page of the fixture edition', () => {
  const edition = build(fixtureEdition());
  const rainbow = entityPage(edition, edition.entity('rainbow-drone')!);

  it('counts each alias as the text uses it', () => {
    expect(rainbow.aliases).toEqual([
      { alias: 'Rainbow drone', count: 2 },
      { alias: 'Rainbow', count: 1 },
    ]);
  });

  it('lists every mention in reading order, each with a permalink and a marked excerpt', () => {
    const paragraphs = edition.articles[0]!.paragraphs;
    expect(rainbow.mentions.map((m) => [m.where, m.href])).toEqual([
      ['Paragraph 1', `/sample-op-ed/#${paragraphs[0]!.id}`],
      ['Paragraph 3', `/sample-op-ed/#${paragraphs[2]!.id}`],
      ['Paragraph 4', `/sample-op-ed/#${paragraphs[3]!.id}`],
    ]);
    const first = rainbow.mentions[0]!.excerpt;
    expect(first.parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['Rainbow drone']);
  });

  it('lists the claims that concern it, with labels and both links', () => {
    expect(rainbow.claims).toEqual([
      {
        id: 'drones-are-cheap',
        number: 1,
        quote: 'the Rainbow drone is cheap',
        type: 'fact',
        typeLabel: 'Fact',
        verdict: 'accurate',
        verdictLabel: 'Accurate',
        textHref: '/sample-op-ed/#claim-drones-are-cheap',
        claimsHref: '/claims/drones-are-cheap/',
      },
    ]);
  });

  it('links related entries, and labels the paragraphs after the text by their role', () => {
    expect(rainbow.related.map((r) => r.href)).toEqual(['/entities/acme/']);
    const acme = entityPage(edition, edition.entity('acme')!);
    // "Analysts at ACME say that ACME will grow": two mentions, one excerpt.
    expect(acme.mentions.map((m) => [m.where, m.count])).toEqual([
      ['Paragraph 2', 2],
      ['Note on the author', 1],
    ]);
    expect(paragraphLabel({ role: 'disclaimer', number: 7 })).toBe('Disclaimer');
  });

  it('shows a context entity with no mentions', () => {
    const context = entityPage(edition, edition.entity('context-only')!);
    expect(context.entity.context).toBe(true);
    expect(context.mentions).toEqual([]);
    expect(context.aliases).toEqual([]);
  });
});
