/**
 * Citations, checked against what each style guide asks for a signed newspaper op-ed read
 * online and for a republished work on a website. Italics are written `*…*`.
 *
 * - APA 7: Author, A. (Year, Month Day). Title in sentence case. *Newspaper*. URL
 *   Republished: Author. (Date). *Title* [Description]. Site. URL (Original work published Year)
 * - MLA 9: Last, First. "Title in Title Case." *Newspaper*, Day Mon. Year, URL-without-https.
 *   (prepositions lower case; months over four letters abbreviated; "The" kept)
 * - Chicago 18 notes-bibliography: First Last, "Title," *Newspaper*, Month Day, Year, URL.
 *   (an initial "The" of a newspaper's name dropped; prepositions under five letters lower case)
 */
import { describe, expect, it } from 'vitest';
import { editionCitations, markdown, originalCitations, plain, type CitedArticle } from '../../src/views/citation.ts';
import { apaAuthor } from '../../src/views/citation/apa.ts';
import { properNounsIn, sentenceCase, titleCase } from '../../src/lib/title-case.ts';
import { buildEdition } from '../../src/edition/edition.ts';

const URL_ORIGINAL = 'https://www.themoscowtimes.com/2014/10/05/russia-must-expand-relationship-with-china-a40083';
const OP_ED: CitedArticle = {
  author: 'Vasily Kashin',
  title: 'Russia Must Expand Relationship With China',
  publication: 'The Moscow Times',
  datePublished: '2014-10-05',
  url: URL_ORIGINAL,
  firstAppeared: 'Vedomosti',
  properNouns: new Set(['Russia', 'China']),
};
const PAGE = 'https://kashin.example/russia-must-expand-relationship-with-china/';

describe('the original op-ed', () => {
  const c = originalCitations(OP_ED);

  it('APA 7', () => {
    expect(markdown(c.apa)).toBe(
      `Kashin, V. (2014, October 5). Russia must expand relationship with China. *The Moscow Times*. ${URL_ORIGINAL}`,
    );
    expect(plain(c.apaInText)).toBe('(Kashin, 2014)');
  });

  it('MLA 9', () => {
    expect(markdown(c.mla)).toBe(
      'Kashin, Vasily. “Russia Must Expand Relationship with China.” *The Moscow Times*, 5 Oct. 2014, ' +
        'www.themoscowtimes.com/2014/10/05/russia-must-expand-relationship-with-china-a40083.',
    );
    expect(plain(c.mlaInText)).toBe('(Kashin)');
  });

  it('Chicago notes and bibliography', () => {
    expect(markdown(c.chicagoNote)).toBe(
      `Vasily Kashin, “Russia Must Expand Relationship with China,” *Moscow Times*, October 5, 2014, ${URL_ORIGINAL}.`,
    );
    expect(plain(c.chicagoShortNote)).toBe('Kashin, “Russia Must Expand Relationship.”');
    expect(markdown(c.chicagoBibliography)).toBe(
      `Kashin, Vasily. “Russia Must Expand Relationship with China.” *Moscow Times*, October 5, 2014. ${URL_ORIGINAL}.`,
    );
  });

  it('BibTeX, with names protected from lower-casing', () => {
    expect(c.bibtex).toBe(
      [
        '@article{kashin2014russia,',
        '  author  = {Kashin, Vasily},',
        '  title   = {{Russia} Must Expand Relationship With {China}},',
        '  journal = {The Moscow Times},',
        '  year    = {2014},',
        '  month   = oct,',
        '  date    = {2014-10-05},',
        `  url     = {${URL_ORIGINAL}},`,
        '  note    = {Opinion. First appeared in Vedomosti},',
        '}',
      ].join('\n'),
    );
  });
});

describe('this annotated edition', () => {
  const c = editionCitations(OP_ED, { siteName: 'Kashin 2014, annotated', url: PAGE, date: '2025-12-22' });

  it('APA 7, as a republished work', () => {
    expect(markdown(c.apa)).toBe(
      'Kashin, V. (2025, December 22). *Russia must expand relationship with China* [Annotated edition]. ' +
        `Kashin 2014, annotated. ${PAGE} (Original work published 2014)`,
    );
    expect(plain(c.apaInText)).toBe('(Kashin, 2014/2025)');
  });

  it('MLA 9, with the edition as version and the original publication at the end', () => {
    expect(markdown(c.mla)).toBe(
      'Kashin, Vasily. “Russia Must Expand Relationship with China.” *Kashin 2014, Annotated*, annotated ed., 22 Dec. 2025, ' +
        'kashin.example/russia-must-expand-relationship-with-china/. Originally published in *The Moscow Times*, 5 Oct. 2014.',
    );
  });

  it('Chicago notes and bibliography, the website name in roman', () => {
    expect(markdown(c.chicagoNote)).toBe(
      'Vasily Kashin, “Russia Must Expand Relationship with China,” annotated edition, Kashin 2014, Annotated, December 22, 2025, ' +
        `originally published in *Moscow Times*, October 5, 2014, ${PAGE}.`,
    );
    expect(markdown(c.chicagoBibliography)).toBe(
      'Kashin, Vasily. “Russia Must Expand Relationship with China.” Annotated edition. Kashin 2014, Annotated, December 22, 2025. ' +
        `Originally published in *Moscow Times*, October 5, 2014. ${PAGE}.`,
    );
  });

  it('BibTeX as @misc', () => {
    expect(c.bibtex).toBe(
      [
        '@misc{kashin2014russia-annotated,',
        '  author       = {Kashin, Vasily},',
        '  title        = {{Russia} Must Expand Relationship With {China}},',
        '  howpublished = {Kashin 2014, annotated},',
        '  year         = {2025},',
        '  month        = dec,',
        '  date         = {2025-12-22},',
        `  url          = {${PAGE}},`,
        '  note         = {Annotated edition. Originally published in The Moscow Times, 5 October 2014},',
        '}',
      ].join('\n'),
    );
  });

  it('a paragraph: the same entries with its URL, its number where the styles put locators', () => {
    const url = `${PAGE}#the-ukraine-crisis-has-forced`;
    const p = editionCitations(OP_ED, { siteName: 'Kashin 2014, annotated', url, date: '2025-12-22', paragraph: 3 });
    expect(plain(p.apa)).toBe(plain(c.apa).replace(PAGE, url));
    expect(plain(p.mla)).toBe(plain(c.mla).replace(PAGE.replace('https://', ''), url.replace('https://', '')));
    expect(plain(p.chicagoBibliography)).toBe(plain(c.chicagoBibliography).replace(PAGE, url));
    expect(plain(p.apaInText)).toBe('(Kashin, 2014/2025, para. 3)');
    expect(plain(p.mlaInText)).toBe('(Kashin, par. 3)');
    expect(plain(p.chicagoShortNote)).toBe('Kashin, “Russia Must Expand Relationship,” para. 3.');
    expect(plain(p.chicagoNote)).toContain('December 22, 2025, para. 3, originally published in');
    expect(p.bibtex).toContain('@misc{kashin2014russia-annotated-p3,');
    expect(p.bibtex).toContain('note         = {Paragraph 3. Annotated edition.');
  });

  it('a partial or missing edition date: as precise as known, "n.d." in APA', () => {
    const month = editionCitations(OP_ED, { siteName: 'S', url: PAGE, date: '2025-12' });
    expect(plain(month.apa)).toContain('(2025, December).');
    expect(plain(month.mla)).toContain(', annotated ed., Dec. 2025, ');
    expect(plain(month.chicagoNote)).toContain(', December 2025, ');
    const none = editionCitations(OP_ED, { siteName: 'S', url: PAGE });
    expect(plain(none.apa)).toContain('Kashin, V. (n.d.).');
    expect(plain(none.mla)).toContain(', annotated ed., kashin.example/');
    expect(none.bibtex).not.toContain('year');
  });
});

describe('names and capitalisation', () => {
  it('APA initials, hyphenated given names included', () => {
    expect(apaAuthor('Vasily Kashin')).toBe('Kashin, V.');
    expect(apaAuthor('Jean-Paul Sartre')).toBe('Sartre, J.-P.');
    expect(apaAuthor('John Ronald Tolkien')).toBe('Tolkien, J. R.');
  });

  it('title case: MLA lowercases every preposition, Chicago 18 only those under five letters', () => {
    expect(titleCase('Much Ado About Nothing', 'mla')).toBe('Much Ado about Nothing');
    expect(titleCase('Much Ado About Nothing', 'chicago')).toBe('Much Ado About Nothing');
    expect(titleCase('the state of the art: a review', 'chicago')).toBe('The State of the Art: A Review');
    expect(titleCase('Why AVIC Went To Market', 'mla')).toBe('Why AVIC Went to Market');
  });

  it('sentence case keeps names and acronyms', () => {
    expect(sentenceCase('How AVIC Builds Drones For Saudi Arabia', new Set(['Saudi', 'Arabia']))).toBe(
      'How AVIC builds drones for Saudi Arabia',
    );
    expect(sentenceCase('Sanctions: What Comes Next', new Set())).toBe('Sanctions: What comes next');
  });

  it('finds the op-ed’s names in its own text, and not the headline’s ordinary words', () => {
    const article = buildEdition({ requireRecordedPermalinks: false }).articles[0]!;
    const names = properNounsIn(
      article.paragraphs
        .filter((p) => p.role === 'body')
        .map((p) => p.text)
        .join('\n'),
    );
    expect(names.has('Russia')).toBe(true);
    expect(names.has('China')).toBe(true);
    for (const word of ['Must', 'Expand', 'Relationship', 'With']) expect(names.has(word), word).toBe(false);
    expect(sentenceCase(article.entry.data.title, names)).toBe('Russia must expand relationship with China');
  });
});
