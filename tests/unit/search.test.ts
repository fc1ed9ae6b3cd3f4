/**
 * What search indexes and what it sends: one record per place (paragraph, claim, entity), the
 * author's words only in paragraph records, labels as searchable words, and queries stripped of
 * words Pagefind would otherwise require.
 */
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/edition/edition.ts';
import { searchRecords, plainWords, KINDS } from '../../src/views/search-records.ts';
import { searchTerms } from '../../src/lib/search-query.ts';
import { landingUrl } from '../../src/scripts/search-ui.ts';

const edition = buildEdition();
const records = searchRecords(edition);

describe('search records', () => {
  it('index every paragraph, claim and entity exactly once', () => {
    const article = edition.articles[0]!;
    const count = (kind: string) => records.filter((r) => r.filters.kind![0] === kind).length;
    expect(count(KINDS.paragraph)).toBe(article.paragraphs.length);
    expect(count(KINDS.claim)).toBe(article.claims.length);
    expect(count(KINDS.entity)).toBe(edition.entities.length);
    const urls = records.map((r) => r.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it("a paragraph's record is the author's words, landing on its permalink", () => {
    const article = edition.articles[0]!;
    for (const p of article.paragraphs) {
      const record = records.find((r) => r.url === `${article.href}#${p.id}`)!;
      expect(record.content).toBe(p.text);
    }
  });

  it('a claim record carries its type and verdict as words and filters', () => {
    const { claim } = edition.articles[0]!.claims.find((c) => c.claim.verdict === 'came-true')!;
    const record = records.find((r) => r.url.endsWith(`#claim-${claim.id}`))!;
    expect(record.content).toContain('Came true.');
    expect(record.filters.verdict).toEqual(['Came true']);
    expect(record.meta.type).toBeTruthy();
  });

  it('plain words drop markup and keep link text', () => {
    expect(plainWords('See [the *report*](https://x.org) <em>now</em> &amp; then')).toBe('See the report now then');
  });
});

describe('queries', () => {
  it('drop words that would make Pagefind require them', () => {
    expect(searchTerms('predictions that came true')).toEqual(['predictions', 'came', 'true']);
    expect(searchTerms('  Wing   Loong ')).toEqual(['Wing', 'Loong']);
    expect(searchTerms('the')).toEqual(['the']);
  });

  it('land with the searched words before the fragment', () => {
    expect(landingUrl('/a/#claim-x', 'Mistral refund')).toBe('/a/?pagefind-highlight=Mistral&pagefind-highlight=refund#claim-x');
    expect(landingUrl('/entities/avic/', '')).toBe('/entities/avic/');
  });
});
