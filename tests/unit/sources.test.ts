/**
 * A source's roles: the original publication (publisher, title, date, its address when known)
 * and, apart, the copy that was read. Every link goes through one accessor; citations say
 * plainly when a copy was read, and a title in another language carries its `lang`.
 */
import { describe, expect, it } from 'vitest';
import { linksToCopy, sourceHref, sourceSchema, type Source } from '../../src/content/schema.ts';
import { sourceCitation, shortLink } from '../../src/edition/note.ts';
import { toHtml } from '../../src/edition/processor.ts';

const ORIGINAL: Source = {
  title: 'China Is Selling Thailand a Submarine. Problem Is, No Engines.',
  publisher: 'The Wall Street Journal',
  date: '2022-03-14',
  url: 'https://www.wsj.com/articles/example',
};
const COPY = { publisher: 'A forum', url: 'https://forum.example/thread/1' };

describe('sourceHref', () => {
  it('links to the original when its address is known, copy or not', () => {
    expect(sourceHref(ORIGINAL)).toBe(ORIGINAL.url);
    expect(sourceHref({ ...ORIGINAL, copy: COPY })).toBe(ORIGINAL.url);
    expect(linksToCopy({ ...ORIGINAL, copy: COPY })).toBe(false);
  });

  it('links to the copy when the original’s address is unknown', () => {
    const { url: _unknown, ...withoutUrl } = ORIGINAL;
    expect(sourceHref({ ...withoutUrl, copy: COPY })).toBe(COPY.url);
    expect(linksToCopy({ ...withoutUrl, copy: COPY })).toBe(true);
  });
});

describe('sourceSchema', () => {
  const { url: _unknown, ...withoutUrl } = ORIGINAL;

  it('accepts an original with its url, or with only the copy that was read', () => {
    expect(sourceSchema.safeParse(ORIGINAL).success).toBe(true);
    expect(sourceSchema.safeParse({ ...withoutUrl, copy: COPY }).success).toBe(true);
  });

  it('refuses a source with neither, naming the url field', () => {
    const result = sourceSchema.safeParse(withoutUrl);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['url']);
  });

  it('refuses the retired "via" and a copy without its address', () => {
    expect(sourceSchema.safeParse({ ...ORIGINAL, via: 'Reuters' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...ORIGINAL, copy: { publisher: 'A forum' } }).success).toBe(false);
  });
});

describe('citations', () => {
  const html = (source: Source, cite = sourceCitation) => toHtml(cite(source));

  it('cite the original by title, publisher and date, linked to it', () => {
    expect(html(ORIGINAL)).toBe(
      '<a href="https://www.wsj.com/articles/example" rel="external noopener noreferrer">China Is Selling Thailand a Submarine. Problem Is, No Engines.</a>, The Wall Street Journal, 14 March 2022',
    );
  });

  it('say where a copy was read, linking both the original and the copy', () => {
    const out = html({ ...ORIGINAL, copy: COPY });
    expect(out).toContain('href="https://www.wsj.com/articles/example"');
    expect(out).toMatch(/, The Wall Street Journal, 14 March 2022 \(read in a copy at <a href="https:\/\/forum\.example\/thread\/1"[^>]*>A forum<\/a>\)$/);
  });

  it('say plainly that the link leads to a copy when the original’s address is unknown', () => {
    const { url: _unknown, ...withoutUrl } = ORIGINAL;
    const out = html({ ...withoutUrl, copy: COPY });
    expect(out).toMatch(/^<a href="https:\/\/forum\.example\/thread\/1"/);
    expect(out).toMatch(/The Wall Street Journal, 14 March 2022 \(the link is to a copy at A forum\)$/);
    expect(html({ ...withoutUrl, copy: COPY }, shortLink)).toMatch(/>The Wall Street Journal, 14 March 2022<\/a> \(copy at A forum\)$/);
  });

  it('give a title in another language its lang, so that it is read in that language', () => {
    const russian: Source = { title: 'Россия и Франция заключили контракт', publisher: 'Interfax', lang: 'ru', url: 'https://interfax.ru/x' };
    expect(html(russian)).toMatch(/^<a href="https:\/\/interfax\.ru\/x" lang="ru"/);
    expect(html(ORIGINAL)).not.toContain('lang=');
  });
});
