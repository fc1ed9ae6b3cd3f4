/**
 * What search indexes and how it reads Pagefind's answers: every paragraph, claim, timeline event
 * and glossary entry is a section that lands on its own place; a result is shown only where the
 * query's words really are; excerpts and landings mark the words matched.
 */
import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { buildEdition } from '../../src/edition/edition.ts';
import { alsoNamed, plainWords, searchPages } from '../../src/views/search-records.ts';
import { ALSO_NAMED, searchTerms } from '../../src/lib/search-query.ts';
import { coversEveryTerm, editDistance, excerptParts, isRealMatch, landingWords, pageWords } from '../../src/lib/search-matching.ts';
import { landingUrl, placesOf, sectionTitle, type PagefindResultData } from '../../src/lib/search-results.ts';
import { findWords } from '../../src/lib/highlight-ranges.ts';
import { timelineEvents } from '../../src/views/timeline.ts';

const edition = buildEdition();
const article = edition.articles[0]!;
const pages = searchPages(edition).map((p) => ({ ...p, tree: fromHtml(p.html) }));
const sections = pages.flatMap((p) =>
  selectAll('[data-pagefind-body] h2[id], [data-pagefind-body] h3[id]', p.tree).map((h) => String(h.properties.id)),
);
const meta = (page: (typeof pages)[number], key: string) =>
  selectAll(`meta[data-pagefind-meta="${key}[content]"]`, page.tree).map((m) => String(m.properties.content))[0];

describe('what search indexes', () => {
  it('every paragraph, claim and timeline event is a section landing on its own id, each once', () => {
    const events = timelineEvents(edition).filter((e) => e.kind === 'follow-up');
    expect(sections).toEqual(expect.arrayContaining(article.paragraphs.map((p) => p.id)));
    expect(sections).toEqual(expect.arrayContaining(article.claims.map((c) => `claim-${c.claim.id}`)));
    expect(sections).toEqual(expect.arrayContaining(events.map((e) => e.id)));
    expect(new Set(sections).size).toBe(sections.length);
    expect(sections).toHaveLength(article.paragraphs.length + article.claims.length + events.length);
  });

  it('every glossary entry is a page of its own, in full', () => {
    for (const entity of edition.entities) {
      const page = pages.find((p) => p.url === entity.href);
      expect(page, entity.slug).toBeDefined();
      const text = textOf(page!.tree).replace(/\s+/g, ' ');
      const lastWords = plainWords(entity.bodyHtml).split(' ').slice(-6).join(' ');
      expect(text).toContain(lastWords);
      expect(meta(page!, 'group')).toBe('Glossary');
    }
  });

  it("a claim's section holds its labels, quote, conclusion and whole note", () => {
    const { claim, number } = article.claims.find((c) => c.claim.verdict === 'came-true' && c.claim.conclusion)!;
    const page = pages.find((p) => p.html.includes(`id="claim-${claim.id}"`))!;
    const text = textOf(page.tree);
    expect(text).toContain(`Claim ${number} · `);
    expect(text).toContain('Came true');
    expect(text).toContain(`“${claim.quote}”`);
    expect(text).toContain(claim.conclusion!);
    expect(text).toContain(plainWords(claim.note));
  });

  it('an entity named by one of its names brings its other names along, and only then', () => {
    const wingLoong = edition.entity('wing-loong')!;
    const line = alsoNamed('the Pterodactyl I is made by AVIC', ['wing-loong'], edition);
    expect(line).toHaveLength(1);
    expect(line[0]).toContain(wingLoong.data.shortName!);
    expect(line[0]!.startsWith(ALSO_NAMED)).toBe(true);
    expect(alsoNamed('a drone', ['wing-loong'], edition)).toEqual([]);
  });

  it('the op-ed is indexed a paragraph to a page, in reading order, scoped to its article', () => {
    const oped = pages.filter((p) => meta(p, 'group') === 'In the op-ed');
    expect(oped).toHaveLength(article.paragraphs.length);
    expect(oped.map((p) => Number(meta(p, 'order')))).toEqual(article.paragraphs.map((p) => p.number));
    for (const p of oped) expect(p.html).toContain(`data-pagefind-filter="scope[content]" content="${article.slug}"`);
  });

  it('plain words drop markup and keep link text', () => {
    expect(plainWords('See [the *report*](https://x.org) <em>now</em> &amp; then')).toBe('See the report now then');
  });
});

describe('which matches are real', () => {
  it.each([
    ['Izvestia', 'I', false],
    ['Eurostat', 'EU', false],
    ['Izvestia', 'Izvestia', true],
    ['sanction', 'sanctions', true],
    ['predictions', 'prediction', true],
    ['Tianhe2', 'Tianhe-2', true],
    ['Tianhe2', 'Tianhe-2A', true],
    ['petaflop', 'petaflop/s', true],
    ['Hollonde', 'Hollande', true],
    ['swfit', 'SWIFT', false],
    ['refund', 'refunded', true],
    ['ship', 'shipyard', true],
  ])('“%s” is matched by the word “%s”: %s', (term, word, expected) => {
    expect(isRealMatch(term, word)).toBe(expected);
  });

  it('edit distance gives up past its bound', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });

  it('a section must hold every query word', () => {
    const words = pageWords('Russia could use its refund to build ships');
    expect(coversEveryTerm(['Mistral', 'refund'], words, [4])).toBe(false);
    expect(coversEveryTerm(['refund', 'ships'], words, [4, 7])).toBe(true);
  });
});

describe('excerpts and landings', () => {
  it('an excerpt shows the words around the first match, marked without their punctuation', () => {
    const words = pageWords('One two three Pterodactyl, five six seven eight nine ten');
    const parts = excerptParts(words, 0, words.length, [3], 6);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Pterodactyl']);
    expect(parts.map((p) => p.text).join('')).toBe('… two three Pterodactyl, five six seven …');
  });

  it('a landing highlights the forms found, and for an alias the name the place itself uses', () => {
    const words = pageWords(`There are two analogues, the Pterodactyl I is made by AVIC. ${ALSO_NAMED} Wing Loong, Pterodactyl I.`);
    const loong = words.indexOf('Loong,');
    const wing = words.indexOf('Wing');
    expect(landingWords(words, 0, words.length, [wing, loong], ['Wing', 'Loong'], ALSO_NAMED)).toEqual(['Pterodactyl I']);
    const typo = pageWords('Tianhe-2 was the fastest');
    expect(landingWords(typo, 0, typo.length, [0], ['Tianhe2'], ALSO_NAMED)).toEqual(['Tianhe-2']);
  });

  it('the words to highlight go before the fragment', () => {
    expect(landingUrl('/a/', 'claim-x', ['Mistral', 'refund'])).toBe('/a/?pagefind-highlight=Mistral&pagefind-highlight=refund#claim-x');
    expect(landingUrl('/entities/avic/', undefined, [])).toBe('/entities/avic/');
  });

  it('highlighting finds words at word starts only, case and accents aside', () => {
    expect(findWords('Tianhe-2 and TIANHE-2A; not xTianhe', ['tianhe-2'])).toEqual([
      [0, 8],
      [13, 21],
    ]);
    expect(findWords('Sévastopol', ['Sevastopol'])).toEqual([[0, 10]]);
  });
});

describe('reading Pagefind results', () => {
  const content = `Paragraph 14 There are two analogues, the Pterodactyl I is made by AVIC. Claim 27 · Fact · Accurate “the Pterodactyl I is made by AVIC” Correct. Izvestia wrote I.`;
  const words = pageWords(content);
  const claimAt = words.indexOf('Claim');
  const data: PagefindResultData = {
    url: '/a/p-14/',
    content,
    meta: { group: 'In the op-ed', base: '/a/', order: '14' },
    locations: [],
    anchors: [
      { id: 'p-14', location: 0, element: 'h2' },
      { id: 'claim-x', location: claimAt, element: 'h3' },
    ],
    sub_results: [
      { title: 'Paragraph 14', anchor: { id: 'p-14', location: 0 }, locations: [words.indexOf('Pterodactyl')] },
      { title: 'Claim 27 · Fact · Accurate', anchor: { id: 'claim-x', location: claimAt }, locations: [words.lastIndexOf('I.')] },
    ],
  };

  it('a section lands on its own place, labelled by its heading, in reading order', () => {
    const [place] = placesOf(data, ['Pterodactyl'], 0);
    expect(place).toMatchObject({ group: 'oped', kind: 'Paragraph 14', href: '/a/?pagefind-highlight=Pterodactyl#p-14' });
    expect(place!.title.startsWith('There are two analogues')).toBe(true);
    expect(place!.order).toBe(14e6);
  });

  it('a section whose only match is a fragment of the query is dropped', () => {
    expect(placesOf(data, ['Izvestia'], 0)).toEqual([]);
  });
});

describe('queries', () => {
  it('drop words that would make Pagefind require them', () => {
    expect(searchTerms('predictions that came true')).toEqual(['predictions', 'came', 'true']);
    expect(searchTerms('  Wing   Loong ')).toEqual(['Wing', 'Loong']);
    expect(searchTerms('the')).toEqual(['the']);
  });
});

describe('result titles', () => {
  it("a claim's title is its quote, a paragraph's its opening words, cut at fourteen words", () => {
    expect(sectionTitle(pageWords('“is developing its 081 ship” China built its ship'))).toBe('“is developing its 081 ship”');
    const long = pageWords('one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen');
    expect(sectionTitle(long)).toBe('one two three four five six seven eight nine ten eleven twelve thirteen fourteen …');
    expect(sectionTitle(pageWords(`“${long.join(' ')}” note`))).toMatch(/fourteen …”$/);
  });
});
