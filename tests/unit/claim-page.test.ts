import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { claimPage, fullSourceCitation } from '../../src/views/claim-page.ts';
import { build, FIXTURE } from '../support/fixture-edition.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';

const cite = (source: Parameters<typeof fullSourceCitation>[0]) => toHtml(fullSourceCitation(source));

describe('a source cited in full on a claim page', () => {
  it('gives title (linked, in its language), publisher and date, ending in one full stop', () => {
    const html = cite({ title: 'Заголовок', publisher: 'TASS', date: '2015-08-05', url: 'https://tass.ru/x', lang: 'ru' });
    expect(html).toBe(
      '<a href="https://tass.ru/x" rel="external noopener noreferrer"><cite lang="ru">Заголовок</cite></a>, TASS, <time datetime="2015-08-05">5 August 2015</time>.',
    );
  });

  it('says whose copy was read, and never doubles the full stop of "n.d."', () => {
    const html = cite({
      title: 'Report',
      publisher: 'Reuters',
      url: 'https://www.reuters.com/x',
      copy: { publisher: 'Yahoo News', url: 'https://news.yahoo.com/x' },
    });
    expect(html).toMatch(/, Reuters, n\.d\.; read in a copy by <a href="https:\/\/news\.yahoo\.com\/x"[^>]*>Yahoo News<\/a>\.$/);
    expect(cite({ title: 'T', publisher: 'P', url: 'https://example.org/' })).toMatch(/, P, n\.d\.$/);
  });
});

describe('the claim page view', () => {
  const edition = build(FIXTURE, false);
  const article = edition.articles[0]!;

  it('splits the paragraph around the claim’s words and links its neighbours', () => {
    const [first, second] = article.claims;
    const view = claimPage(edition, article, first!);
    const paragraph = article.paragraphs.find((p) => p.id === first!.paragraphId)!;
    expect(view.paragraph.before + view.paragraph.quote + view.paragraph.after).toBe(paragraph.text);
    expect(view.paragraph.quote).toBe(first!.claim.quote);
    expect(view.previous).toBeUndefined();
    expect(view.next?.href).toBe(`/claims/${second!.claim.id}/`);
    expect(claimPage(edition, article, second!).previous?.href).toBe(`/claims/${first!.claim.id}/`);
  });

  it('copies the quote with its author, op-ed, publication, date and the page’s address', () => {
    const view = claimPage(edition, article, article.claims[0]!);
    const { data } = article.entry;
    expect(view.copyQuote('https://example.org/claims/x/')).toBe(
      `“${article.claims[0]!.claim.quote}” (${data.author.name}, “${data.title}”, ${data.publication.name}, ${formatPartialDate(data.datePublished)}). https://example.org/claims/x/`,
    );
  });
});
