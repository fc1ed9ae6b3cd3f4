/**
 * The text is the author's: the rendered article, read without this edition's notes and
 * controls, has exactly the words of the original as received (content/original/…), in order.
 * The only repairs allowed are the scraping artefacts, which change no word.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ARTICLE_PATH, authorText, page, select, selectAll } from '../support/html.ts';
import { firstDifference, words } from '../support/words.ts';

const ORIGINAL = readFileSync('content/original/russia-must-expand-relationship-with-china.original.md', 'utf8');

/** The original's words, without its metadata lines (byline, date, URL), which are checked apart. */
function originalWords(): string[] {
  const text = ORIGINAL.split('\n')
    .filter((line) => !/^By \[.*\]\(#\)$/.test(line))
    .filter((line) => !/^October 05, 2014$/.test(line))
    .filter((line) => !/^Original url:$/.test(line) && !/^<https?:\/\/.*>$/.test(line))
    .join('\n')
    .replace(/\\\$/g, '$')
    .replace(/^#+ /gm, '');
  return words(text);
}

describe('the article text is faithful to the original', () => {
  const doc = page(ARTICLE_PATH);

  it('word for word, in order, from headline to disclaimer', () => {
    const parts = [select('h1', doc)!, ...selectAll('.text > p', doc), ...selectAll('.oped-foot > p.bio, .oped-foot > p.disclaimer', doc)];
    const rendered = words(parts.map((p) => authorText(p)).join('\n'));
    const difference = firstDifference(originalWords(), rendered);
    expect(difference, difference).toBeUndefined();
  });

  it('keeps the byline, date and original URL of the original', () => {
    expect(ORIGINAL).toContain('By [Vasily Kashin](#)');
    expect(authorText(select('.byline', doc)!)).toMatch(/^By Vasily Kashin · 5 October 2014$/);
    expect(select('.byline time', doc)!.properties.dateTime).toBe('2014-10-05');
    const url = /<(https?:\/\/[^>]+)>/.exec(ORIGINAL)![1]!;
    expect(selectAll('a', doc).some((a) => a.properties.href === url && authorText(a) === url)).toBe(true);
  });

  it('repairs the scraping artefacts: no broken sentence, no escaped dollar, no empty link', () => {
    const html = readFileSync(`dist${ARTICLE_PATH}index.html`, 'utf8');
    expect(html).not.toContain('\\$');
    expect(html).not.toContain('href="#"');
    const body = selectAll('.text > p', doc).map((p) => authorText(p).trim());
    expect(body.find((p) => p.includes('highly complex'))).toContain('highly complex U.S.-made industrial equipment');
    expect(body.find((p) => p.includes('have already'))).toContain('have already purchased the Chinese drones');
    for (const paragraph of body) expect(paragraph, 'a paragraph ends mid-sentence').toMatch(/[.?!"”]$/);
  });
});
