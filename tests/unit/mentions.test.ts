/**
 * Where the text names a glossary entity (src/edition/mentions.ts). The rules, as implemented:
 *
 * - every alias of an entity is a mention of it;
 * - at one position the longest alias wins, and mentions never overlap;
 * - whole words only: letters and digits join words, anything else separates them;
 * - case as written: "Rainbow" is the drone, "rainbow" is not;
 * - possessives are matched without their "'s" ("Mistral's" is a mention "Mistral"), because
 *   the apostrophe separates words; plurals and other suffixes are not ("Predators" is no
 *   mention of "Predator"): a plural form must be listed as an alias to count.
 */
import { describe, expect, it } from 'vitest';
import { findMentions, mentionMatcher } from '../../src/edition/mentions.ts';
import { ALIASES, ANALOGUES } from '../fixtures/mentions/aliases.ts';
import { build, fixtureEdition } from '../support/fixture-edition.ts';

/** The mentions of `text` as [alias as found, slug]. */
const found = (text: string) => findMentions(text, ALIASES).map((m) => [text.slice(m.start, m.end), m.slug]);

describe('mentions in a text', () => {
  it('finds every alias of an entity, each attributed to its entity, in reading order', () => {
    expect(found(ANALOGUES)).toEqual([
      ['Aviation Industry Corporation of China', 'avic'],
      ['AVIC', 'avic'],
      ['Rainbow', 'rainbow-drones'],
      ['China Aerospace Science & Industry Corp', 'casic'],
      ['CASIC', 'casic'],
      ['Predator', 'mq-1-predator'],
    ]);
  });

  it('reports offsets that slice back to the alias as written', () => {
    for (const m of findMentions(ANALOGUES, ALIASES)) expect(ANALOGUES.slice(m.start, m.end)).toBe(m.alias);
  });

  it('prefers the longest alias at a position: the company, not the "China" inside its name', () => {
    expect(found('made by the Aviation Industry Corporation of China.')).toEqual([['Aviation Industry Corporation of China', 'avic']]);
    expect(found('the U.S. MQ-1 Predator')).toEqual([
      ['U.S.', 'united-states'],
      ['MQ-1 Predator', 'mq-1-predator'],
    ]);
    // The shorter alias still matches where the longer one does not.
    expect(found('China and the Predator')).toEqual([
      ['China', 'china'],
      ['Predator', 'mq-1-predator'],
    ]);
  });

  it('never reports overlapping mentions', () => {
    const mentions = findMentions(`${ANALOGUES} China Aerospace Science & Industry Corp of China`, ALIASES);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
  });

  it('matches whole words only: an alias inside a longer word is not a mention', () => {
    expect(found('CASTLE')).toEqual([]);
    expect(found('an Iranian drone')).toEqual([]);
    expect(found('Chinatown and Indochina')).toEqual([]);
    expect(found('hull 1071 and 0715')).toEqual([]);
    expect(found('the MQ-1 Predators')).toEqual([]);
  });

  it('treats punctuation and hyphens as word boundaries', () => {
    expect(found('(CASIC),')).toEqual([['CASIC', 'casic']]);
    expect(found('U.S.-made equipment')).toEqual([['U.S.', 'united-states']]);
    expect(found('its 071 series')).toEqual([['071', 'type-071']]);
    expect(found('Sino-Iran ties')).toEqual([['Iran', 'iran']]);
  });

  it('is case-aware: "Rainbow" is the drone, a lowercase "rainbow" is not', () => {
    expect(found('the Rainbow is made by CASIC')).toEqual([
      ['Rainbow', 'rainbow-drones'],
      ['CASIC', 'casic'],
    ]);
    expect(found('a rainbow over the hangar, a RAINBOW, Casic')).toEqual([]);
  });

  it('matches a possessive without its "s" (straight or curly apostrophe), but not a plural', () => {
    expect(found("building the Mistral's stern")).toEqual([['Mistral', 'mistral-class']]);
    expect(found('building the Mistral’s stern')).toEqual([['Mistral', 'mistral-class']]);
    expect(found('two Mistrals and three Predators')).toEqual([]);
  });

  it('finds nothing when there are no aliases, and one matcher serves many texts', () => {
    expect(findMentions(ANALOGUES, [])).toEqual([]);
    const match = mentionMatcher(ALIASES);
    expect(match('Iran').map((m) => m.slug)).toEqual(['iran']);
    expect(match('CAST').map((m) => m.slug)).toEqual(['cast']);
    expect(match('Iran').map((m) => m.slug)).toEqual(['iran']);
  });

  it('escapes aliases: "&" and "." are literal, not pattern syntax', () => {
    expect(found('USAS')).toEqual([]);
    expect(found('China Aerospace Science and Industry Corp')).toEqual([['China', 'china']]);
  });
});

describe('mentions in the fixture edition', () => {
  const article = build(fixtureEdition()).articles[0]!;
  const byParagraph = (n: number) =>
    article.mentions.filter((m) => m.paragraphId === article.paragraphs[n]!.id).map((m) => [m.alias, m.slug, m.linked]);

  it('records each mention with its paragraph; links only the first per entity in a paragraph', () => {
    // "the Rainbow drone is cheap, and a rainbow over the hangar": the longer alias, and no lowercase match.
    expect(byParagraph(0)).toEqual([['Rainbow drone', 'rainbow-drone', true]]);
    // "Analysts at ACME say that ACME will grow. Nobody at ACMEcorp agrees."
    expect(byParagraph(1)).toEqual([
      ['ACME', 'acme', true],
      ['ACME', 'acme', false],
    ]);
    expect(byParagraph(3)).toEqual([['Rainbow', 'rainbow-drone', true]]);
  });

  it('finds mentions in the publication’s notes after the text too (the author’s bio)', () => {
    const bio = article.paragraphs.find((p) => p.role === 'bio')!;
    expect(article.mentions.filter((m) => m.paragraphId === bio.id).map((m) => m.slug)).toEqual(['jane-doe', 'acme']);
  });
});
