/**
 * The real edition's sources, as a fact-checker reads them: a title in another script carries
 * its language, and a mirror, aggregator or repost is recorded as the copy read, never as the
 * publisher or as the original's address.
 */
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/edition/edition.ts';
import type { Source } from '../../src/content/schema.ts';

const edition = buildEdition({ requireRecordedPermalinks: false });

/** Every source with where it is cited, claims (their follow-ups included) and glossary entries. */
const sources: Array<{ where: string; source: Source }> = [
  ...edition.articles.flatMap((article) =>
    article.claims.flatMap(({ claim }) => [
      ...claim.sources.map((source) => ({ where: `claim ${claim.id}`, source })),
      ...claim.followUps.flatMap((f, i) => (f.sources ?? []).map((source) => ({ where: `claim ${claim.id}, follow-up ${i + 1}`, source }))),
    ]),
  ),
  ...edition.entities.flatMap((entity) => entity.data.sources.map((source) => ({ where: `entity ${entity.slug}`, source }))),
];

/** Scripts no English title is written in: Cyrillic, Greek, Arabic, Hebrew, CJK, kana, hangul. */
const NON_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Hosts that only ever carry other people's documents: mirrors, document dumps, aggregators. */
const MIRROR_HOSTS = /(^|\.)(docslib\.org|studylib\.net|9dok\.net|9lib\.org|pdfslide\.net|readkong\.com|wikimili\.com|profilpelajar\.com|primidi\.com|explained\.today|kiwix\.|wikipedia-on-ipfs\.org|wiki\.av1\.space|wiki\.riteme\.site|cloudfront\.net|nybreaking\.com|defence\.pk|businessinvestorguide\.com)/;

describe('the sources in content/', () => {
  it('has sources to check', () => {
    expect(sources.length).toBeGreaterThan(100);
  });

  it('gives every title in a non-Latin script its language (lang), for screen readers', () => {
    const missing = sources.filter(({ source }) => NON_LATIN.test(source.title) && !source.lang).map(({ where, source }) => `${where}: ${source.title}`);
    expect(missing).toEqual([]);
  });

  it('never names a mirror or a copy as the publisher: the copy read goes under copy', () => {
    const named = sources
      .filter(({ source }) => /\b(mirror|copy|repost|via|kiwix)\b/i.test(source.publisher))
      .map(({ where, source }) => `${where}: ${source.publisher}`);
    expect(named).toEqual([]);
  });

  it('never gives a mirror’s address as the original’s url', () => {
    const mirrored = sources
      .filter(({ source }) => source.url !== undefined && MIRROR_HOSTS.test(new URL(source.url).hostname))
      .map(({ where, source }) => `${where}: ${source.url}`);
    expect(mirrored).toEqual([]);
  });
});
