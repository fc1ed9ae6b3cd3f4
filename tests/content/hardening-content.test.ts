/**
 * Content that used to build and silently break a page (issue 16), now refused with the file,
 * the line where known, the field and the fix; and text that used to be refused for invisible
 * reasons (decomposed accents, soft hyphens, a byte-order mark), now read as a reader sees it.
 *
 * In-process (the loader and edition checks the build runs first, src/integrations/
 * content-check.ts); tests/content/hardening-build.test.ts takes the cases that need a real
 * build. Each row changes one thing in the fixture edition (tests/fixtures/edition).
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ContentProblem } from '../../src/content/errors.ts';
import { ARTICLE, build, problemsOf, replaceOnce } from '../support/fixture-edition.ts';
import { at, editedCopy, fixtureLine, removeCopies, type Change } from '../support/edited-copy.ts';

afterAll(removeCopies);

interface Row {
  name: string;
  changes: Record<string, Change>;
  /** The file and line the problem must name. */
  file: RegExp;
  field: string;
  problem: RegExp;
  fix: RegExp;
  /** When set, the whole report must be this many problems (no cascade of false ones). */
  count?: number;
}

const NOTE = '    note: The Rainbow drone costs little.\n';
/** The first claim's note, replaced by a YAML block of Markdown. */
const note = (markdown: string): Change =>
  replaceOnce(
    NOTE,
    `    note: |-\n${markdown
      .split('\n')
      .map((line) => `      ${line}`)
      .join('\n')}\n`,
  );
const NOTE_FIELD = 'claims[0].note (claim "drones-are-cheap")';
const NOTE_LINE = at(ARTICLE, 'note: The Rainbow drone costs little.');

const inlineOnly = { problem: /cannot sit inside the article's paragraph/, fix: /inline text only \(emphasis, links, `code`\)/ };

const rows: Row[] = [
  // 1. Notes and follow-ups are inline Markdown only.
  {
    name: 'a list in a note',
    changes: { [ARTICLE]: note('It costs little:\n\n- a frame\n- a motor') },
    file: NOTE_LINE,
    field: NOTE_FIELD,
    ...inlineOnly,
    problem: /a list cannot sit inside/,
  },
  {
    name: 'a table in a note',
    changes: { [ARTICLE]: note('| a | b |\n|---|---|\n| 1 | 2 |') },
    file: NOTE_LINE,
    field: NOTE_FIELD,
    ...inlineOnly,
    problem: /a table cannot sit inside/,
  },
  {
    name: 'a code block in a note',
    changes: { [ARTICLE]: note('Cheap:\n\n```\nprice = low\n```') },
    file: NOTE_LINE,
    field: NOTE_FIELD,
    ...inlineOnly,
    problem: /a code block cannot sit inside/,
  },
  {
    name: 'a block quote in a note',
    changes: { [ARTICLE]: note('> It is cheap, they said.') },
    file: NOTE_LINE,
    field: NOTE_FIELD,
    ...inlineOnly,
    problem: /a block quote cannot sit inside/,
  },
  {
    name: 'a footnote in a note',
    changes: { [ARTICLE]: note('It costs little.[^1]\n\n[^1]: Says the maker.') },
    file: NOTE_LINE,
    field: NOTE_FIELD,
    problem: /a footnote/,
    fix: /rather than a footnote/,
  },
  {
    name: 'a list in a follow-up',
    changes: {
      [ARTICLE]: replaceOnce(
        '        text: Prices fell further.\n',
        '        text: |-\n          Prices fell:\n\n          1. in 2016\n          2. in 2017\n',
      ),
    },
    file: at(ARTICLE, 'text: Prices fell further.'),
    field: 'claims[0].followUps[0].text (claim "drones-are-cheap")',
    ...inlineOnly,
    problem: /a list cannot sit inside/,
  },
  {
    name: 'an image in a note',
    changes: { [ARTICLE]: note('It costs little ![chart](https://example.org/chart.png).') },
    file: NOTE_LINE,
    field: NOTE_FIELD,
    problem: /the image "https:\/\/example\.org\/chart\.png" is not a file of this site/,
    fix: /put the image in public\//,
  },
  {
    name: 'raw HTML in a note',
    changes: { [ARTICLE]: note('It costs <b onclick="x()">little</b>.') },
    file: NOTE_LINE,
    field: NOTE_FIELD,
    problem: /raw HTML \("<b onclick=\\"x\(\)\\">"\) is not rendered/,
    fix: /write it in Markdown instead/,
  },
  {
    name: 'an image from another site in the article text',
    changes: { [ARTICLE]: replaceOnce('It is made in a factory.', 'It is made in a factory. ![factory](https://example.org/factory.jpg)') },
    file: at(ARTICLE, 'It is made in a factory.'),
    field: 'text',
    problem: /the image "https:\/\/example\.org\/factory\.jpg" is not a file of this site/,
    fix: /put the image in public\/ and link it as "\/file-name\.png"/,
  },
  {
    name: 'a site-local image that public/ does not have, in an entity body',
    changes: { 'entities/acme.md': replaceOnce('ACME thinks.', 'ACME thinks.\n\n![Logo](/acme-logo.png)') },
    file: new RegExp(`acme\\.md:${fixtureLine('entities/acme.md', 'ACME thinks.') + 2}$`),
    field: 'text',
    problem: /the image "\/acme-logo\.png" is not a file of this site/,
    fix: /put the image in public\//,
  },

  // Raw HTML in bodies swallows the Markdown after it.
  {
    name: 'raw HTML followed by Markdown in an entity body',
    changes: {
      'entities/jane-doe.md': replaceOnce('Jane Doe writes samples.', '<div class="aside">\nJane Doe **writes** samples.\n</div>'),
    },
    file: at('entities/jane-doe.md', 'Jane Doe writes samples.'),
    field: 'text',
    problem:
      /raw HTML \("<div class=\\"aside\\">"\) is not rendered: it would be dropped from the page with the Markdown lines that follow it/,
    fix: /write it in Markdown instead/,
  },
  {
    name: 'raw HTML in the About page',
    changes: {
      'pages/about.md':
        '---\ntitle: About\ndescription: About the sample.\n---\nAbout the sample.\n\n<section>\nWho we are: *editors*.\n</section>\n',
    },
    file: /pages\/about\.md:7$/,
    field: 'text',
    problem: /raw HTML \("<section>"\) is not rendered/,
    fix: /write it in Markdown instead/,
  },

  // Ids the site uses are reserved.
  ...(['entity-acme', 'claim-drones-are-cheap', 'more-drones-are-cheap', 'note-acme-will-grow', 'main', 'search-q'] as const).map(
    (id): Row => ({
      name: `a paragraph pinned to the site's own id {#${id}}`,
      changes: { [ARTICLE]: replaceOnce('It is made in a factory.', `It is made in a factory. {#${id}}`) },
      file: at(ARTICLE, 'It is made in a factory.'),
      field: `paragraph "${id}"`,
      problem: id === 'main' ? /the site already uses the id "main" on this page/ : /are the site's own/,
      fix: new RegExp(`pin another id, e\\.g\\. \\{#p-${id}\\}`),
    }),
  ),
  {
    name: 'a paragraph whose opening words make a reserved id',
    changes: { [ARTICLE]: replaceOnce('A final paragraph closes', 'Claim: a final paragraph closes') },
    file: at(ARTICLE, 'A final paragraph closes'),
    field: 'paragraph "claim-a-final-paragraph-closes"',
    problem: /comes from its opening words/,
    fix: /pin a distinct id by ending the paragraph with \{#p-claim-a-final-paragraph-closes\}/,
  },
  {
    name: 'a heading "Main" in an entity body',
    changes: { 'entities/jane-doe.md': replaceOnce('Jane Doe writes samples.', 'Jane Doe writes samples.\n\n## Main\n\nShe writes.') },
    file: new RegExp(`jane-doe\\.md:${fixtureLine('entities/jane-doe.md', 'Jane Doe writes samples.') + 2}$`),
    field: 'heading "main"',
    problem: /the heading would get the id "main", which the page needs for itself/,
    fix: /reword the heading/,
  },
  {
    name: 'a heading "Sources" in an entity body (the entity page has its own)',
    changes: { 'entities/jane-doe.md': replaceOnce('Jane Doe writes samples.', 'Jane Doe writes samples.\n\n## Sources\n\nMany.') },
    file: new RegExp(`jane-doe\\.md:${fixtureLine('entities/jane-doe.md', 'Jane Doe writes samples.') + 2}$`),
    field: 'heading "sources"',
    problem: /the site already uses the id "sources"/,
    fix: /reword the heading/,
  },

  // Invisible and direction characters.
  {
    name: 'a soft hyphen pasted into a quote',
    changes: { [ARTICLE]: replaceOnce('quote: the Rainbow drone is cheap', 'quote: "the Rain\\u00ADbow drone is cheap"') },
    file: at(ARTICLE, 'quote: the Rainbow drone is cheap'),
    field: 'claims[0].quote (claim "drones-are-cheap")',
    problem: /holds an invisible soft hyphen \(U\+00AD\) after "the Rain"/,
    fix: /delete the invisible character from the quote/,
    count: 1,
  },
  {
    name: 'a right-to-left override in a note',
    changes: { [ARTICLE]: replaceOnce(NOTE, '    note: "The Rainbow drone costs \\u202Eelttil."\n') },
    file: NOTE_LINE,
    field: 'claims[0].note',
    problem: /bidirectional control character, right-to-left override \(U\+202E\), after "The Rainbow drone costs "/,
    fix: /delete the invisible direction character/,
  },
  {
    name: 'a right-to-left isolate in a title',
    changes: { [ARTICLE]: replaceOnce('title: A Sample Op-Ed About Drones', 'title: "A Sample Op-Ed About \\u2067Drones"') },
    file: at(ARTICLE, 'title: A Sample Op-Ed About Drones'),
    field: 'title',
    problem: /right-to-left isolate \(U\+2067\)/,
    fix: /delete the invisible direction character/,
  },
  {
    name: 'a left-to-right override in the article text',
    changes: { [ARTICLE]: replaceOnce('It is made in a factory.', 'It is made in a \u202Dfactory.') },
    file: at(ARTICLE, 'It is made in a factory.'),
    field: 'text',
    problem: /left-to-right override \(U\+202D\), after "ne flies far. It is made in a"/,
    fix: /delete the invisible direction character/,
  },

  // Errors that name the cause.
  {
    name: 'a YAML alias bomb',
    changes: {
      'entities/acme.md': replaceOnce(
        'summary: A think tank in the sample.\n',
        `summary: A think tank in the sample.\nbomb:\n  a: &a [x, x, x, x, x, x, x, x, x]\n${'bcdefgh'
          .split('')
          .map((k, i) => `  ${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)
          .join('\n')}\n`,
      ),
    },
    file: new RegExp(`acme\\.md:${fixtureLine('entities/acme.md', 'summary: A think tank in the sample.') + 3}$`),
    field: 'front-matter',
    problem: /a YAML alias \(\*a\) repeats another value; aliases are not allowed/,
    fix: /write the value out in full/,
    count: 1,
  },
  {
    name: 'an article with no text',
    changes: { [ARTICLE]: (text) => text.slice(0, text.indexOf('\n---\n') + 5) },
    file: new RegExp(`sample-op-ed\\.md:${fixtureLine(ARTICLE, '---\n\nEveryone') + 1}$`),
    field: 'text',
    problem: /the article has no text/,
    fix: /paste the article's text after the closing "---" line/,
    count: 1,
  },
  {
    name: 'one bad source in an entity that the article refers to',
    changes: { 'entities/jane-doe.md': replaceOnce('url: https://example.org/jane', 'url: example.org/jane') },
    file: at('entities/jane-doe.md', 'url: https://example.org/jane'),
    field: 'sources[0].url',
    problem: /received "example\.org\/jane"; expected an absolute http\(s\) URL/,
    fix: /write an absolute http\(s\) URL/,
    count: 1,
  },
  ...(
    [
      ['a space', 'https://example.org/jane doe'],
      ['a NUL character', 'https://example.org/\\0jane'],
      ['a user name and password', 'https://editor:secret@example.org/jane'],
      ['no host', 'https:///jane'],
      ['a tab', 'https://example.org/\\tjane'],
    ] as const
  ).map(
    ([what, url]): Row => ({
      name: `a source URL with ${what}`,
      changes: { 'entities/jane-doe.md': replaceOnce('url: https://example.org/jane', `url: "${url}"`) },
      file: at('entities/jane-doe.md', 'url: https://example.org/jane'),
      field: 'sources[0].url',
      problem: /expected an absolute http\(s\) URL with a host and no spaces or user:password/,
      fix: /write an absolute http\(s\) URL/,
      count: 1,
    }),
  ),
];

const where = (p: ContentProblem) => `${p.file}${p.line ? `:${p.line}` : ''}`;

describe('content that would silently break a page is refused, naming file, field and fix', () => {
  it('the unchanged fixture builds (so each row fails for its own reason)', () => {
    expect(build(editedCopy()).articles).toHaveLength(1);
  });

  it.each(rows)('$name', ({ changes, file, field, problem, fix, count }) => {
    const problems = problemsOf(editedCopy(changes));
    const found = problems.find((p) => p.field === field);
    expect(found, `no problem for field ${field}; got ${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(where(found!)).toMatch(file);
    expect(found!.problem).toMatch(problem);
    expect(found!.fix).toMatch(fix);
    if (count !== undefined) expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(count);
  });
});

describe('text is read as a reader sees it', () => {
  const prepared = (changes: Record<string, Change>, recorded = true) => build(editedCopy(changes), recorded).articles[0]!;

  it('a quote typed with decomposed accents anchors in text written with composed ones (NFC)', () => {
    const article = prepared({
      [ARTICLE]: (text) =>
        replaceOnce(
          'quote: ACME will grow',
          'quote: "ACME will grow at the cafe\\u0301"',
        )(replaceOnce('that ACME will grow.', 'that ACME will grow at the caf\u00e9.')(text)),
    });
    const claim = article.claims.find((c) => c.claim.id === 'acme-will-grow')!;
    expect(article.paragraphs.find((p) => p.id === claim.paragraphId)!.text.slice(claim.position.start, claim.position.end)).toBe(
      'ACME will grow at the caf\u00e9',
    );
  });

  it('a soft hyphen or zero-width space in the text does not hide a quote copied without it', () => {
    const article = prepared({ [ARTICLE]: replaceOnce('the Rainbow drone is cheap,', 'the Rain\u00ADbow drone is\u200B cheap,') });
    const claim = article.claims.find((c) => c.claim.id === 'drones-are-cheap')!;
    expect(article.paragraphs[0]!.html).toContain('data-claim="drones-are-cheap"');
    expect(article.paragraphs[0]!.text.slice(claim.position.start, claim.position.end)).toBe('the Rain\u00ADbow drone is\u200B cheap');
  });

  it('a byte-order mark at the start of a file is not content', () => {
    const edition = build(editedCopy({ 'entities/acme.md': (text) => `\uFEFF${text}`, 'permalinks.json': (text) => `\uFEFF${text}` }));
    expect(edition.entity('acme')?.data.name).toBe('ACME');
    expect(edition.articles[0]!.unrecorded).toEqual([]);
  });

  it('paragraphs opening in Cyrillic or Chinese get readable, distinct ids', () => {
    const article = prepared(
      {
        [ARTICLE]: replaceOnce(
          'A final paragraph closes',
          'Россия должна расширять отношения с Китаем.\n\nРоссия и Китай подписали соглашение.\n\n中国和俄罗斯的关系很重要。\n\n中国的无人机很便宜。\n\nA final paragraph closes',
        ),
      },
      false,
    );
    const ids = article.paragraphs.slice(3, 7).map((p) => p.id);
    expect(ids[0]).toBe('rossiya-dolzhna-rasshiryat-otnosheniya-s');
    expect(ids[1]).toBe('rossiya-i-kitay-podpisali-soglashenie');
    expect(new Set(ids).size).toBe(4);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/);
  });

  it('an image that public/ has is allowed in an entity body', () => {
    const edition = build(
      editedCopy({ 'entities/acme.md': replaceOnce('ACME thinks.', 'ACME thinks.\n\n![The site icon](/favicon.svg)') }),
    );
    expect(edition.entity('acme')!.bodyHtml).toContain('<img src="/favicon.svg" alt="The site icon">');
  });
});
