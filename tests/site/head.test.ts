/** What search engines, link previews and other tools read from the article's <head>. */
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATH, page, select, selectAll } from '../support/html.ts';

describe('the article page head', () => {
  const doc = page(ARTICLE_PATH);
  const meta = (key: string) =>
    selectAll('meta', doc).find((m) => m.properties.name === key || m.properties.property === key)?.properties.content;

  it('has a title, a description, a canonical URL and Open Graph tags', () => {
    expect(select('title', doc)?.children[0]).toMatchObject({
      value: expect.stringContaining('Russia Must Expand Relationship With China'),
    });
    expect(String(meta('description')).length).toBeGreaterThan(50);
    const canonical = String(select('link[rel=canonical]', doc)?.properties.href);
    expect(canonical).toMatch(/^https?:\/\/[^/]+\/russia-must-expand-relationship-with-china\/$/);
    expect(meta('og:type')).toBe('article');
    expect(meta('og:url')).toBe(canonical);
    expect(meta('og:title')).toBeTruthy();
  });

  it('describes the op-ed as an OpinionNewsArticle based on the original', () => {
    const script = select('script[type="application/ld+json"]', doc)!;
    const data = JSON.parse((script.children[0] as { value: string }).value);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'OpinionNewsArticle',
      headline: 'Russia Must Expand Relationship With China',
      datePublished: '2014-10-05',
      author: { '@type': 'Person', name: 'Vasily Kashin' },
      publisher: { '@type': 'Organization', name: 'The Moscow Times' },
      isBasedOn: 'https://www.themoscowtimes.com/2014/10/05/russia-must-expand-relationship-with-china-a40083',
    });
  });

  it('loads no font, script or stylesheet from another site', () => {
    const loaded = 'link[rel~=stylesheet], link[rel~=icon], link[rel~=preload], link[rel~=modulepreload], script[src], img[src]';
    for (const el of selectAll(loaded, doc)) {
      const url = String(el.properties.href ?? el.properties.src);
      expect(url, `${el.tagName} loads ${url}`).toMatch(/^\/(?!\/)/);
    }
  });
});
