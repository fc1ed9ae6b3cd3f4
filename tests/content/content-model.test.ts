/**
 * Bad content fails the build with a message that names the file (and line), the field, and the
 * fix. One row per kind of mistake an editor makes; each row changes one thing in otherwise
 * valid content. The edition is built here in-process, as the build's content check builds it;
 * bad-content-build.test.ts runs Astro's real build only for what that alone can show.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE, build, fixtureEdition, messageOf, problemsOf, replaceOnce, type ProblemRow } from '../support/fixture-edition.ts';

const rows: ProblemRow[] = [
  {
    name: 'a claim without a verdict',
    edits: { [ARTICLE]: replaceOnce('    verdict: unresolved\n', '') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].verdict (claim "acme-will-grow")',
    problem: /missing/,
    fix: /add "verdict:"/,
  },
  {
    name: 'a verdict outside the vocabulary',
    edits: { [ARTICLE]: replaceOnce('verdict: accurate\n', 'verdict: mostly-true\n') },
    file: /articles\/sample-op-ed\.md:21$/,
    field: 'claims[0].verdict (claim "drones-are-cheap")',
    problem: /received "mostly-true"; expected one of accurate, accurate-at-the-time/,
    fix: /use one of: accurate, /,
  },
  {
    name: 'a claim without its one-line conclusion',
    edits: { [ARTICLE]: replaceOnce('    conclusion: Too early to say whether ACME grows.\n', '') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].conclusion (claim "acme-will-grow")',
    problem: /missing/,
    fix: /add "conclusion:"/,
  },
  {
    name: 'a conclusion longer than two lines of the margin',
    edits: {
      [ARTICLE]: replaceOnce(
        'conclusion: Too early to say whether ACME grows.',
        `conclusion: ${'Too early to say whether ACME grows, '.repeat(2)}`,
      ),
    },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].conclusion (claim "acme-will-grow")',
    problem: /expected at most 60 characters/,
    fix: /shortened in our own words/,
  },
  {
    name: 'a conclusion that only repeats the verdict label',
    edits: { [ARTICLE]: replaceOnce('conclusion: Too early to say whether ACME grows.', 'conclusion: Unresolved for now.') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].conclusion (claim "acme-will-grow")',
    problem: /not the verdict label "Unresolved"/,
    fix: /words of our own/,
  },
  {
    name: 'a verdict history whose last entry is not the verdict',
    edits: { [ARTICLE]: replaceOnce('verdict: unresolved, why', 'verdict: came-true, why') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].history[0].verdict (claim "acme-will-grow")',
    problem: /received "came-true"; expected "unresolved", the claim's verdict today/,
    fix: /add a dated entry for the change, or correct "verdict"/,
  },
  {
    name: 'a claim type outside the vocabulary',
    edits: { [ARTICLE]: replaceOnce('type: prediction', 'type: forecast') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].type (claim "acme-will-grow")',
    problem: /received "forecast"; expected one of fact, opinion, prediction, recommendation/,
    fix: /use one of/,
  },
  {
    name: 'an impossible date',
    edits: { [ARTICLE]: replaceOnce('date: "2016-05-01"', 'date: "2016-02-30"') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[0].sources[0].date (claim "drones-are-cheap")',
    problem: /received "2016-02-30"; expected a real date written YYYY, YYYY-MM or YYYY-MM-DD/,
    fix: /YYYY-MM-DD/,
  },
  {
    name: 'a date in another format',
    edits: { [ARTICLE]: replaceOnce('date: "2016-05"', 'date: "May 2016"') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[0].followUps[0].date (claim "drones-are-cheap")',
    problem: /received "May 2016"/,
    fix: /YYYY/,
  },
  {
    name: 'a follow-up dated in a month that does not exist',
    edits: { [ARTICLE]: replaceOnce('date: "2016-05"', 'date: "2016-13"') },
    file: /articles\/sample-op-ed\.md:28$/,
    field: 'claims[0].followUps[0].date (claim "drones-are-cheap")',
    problem: /received "2016-13"; expected a real date/,
    fix: /YYYY-MM-DD/,
  },
  {
    name: 'a claim naming an entity that does not exist',
    edits: { [ARTICLE]: replaceOnce('entities: [rainbow-drone]', 'entities: [rainbow-drones]') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[0].entities[0] (claim "drones-are-cheap")',
    problem: /"rainbow-drones", which does not exist/,
    fix: /did you mean "rainbow-drone"/,
  },
  {
    name: 'an entity related to one that does not exist',
    edits: { 'entities/rainbow-drone.md': replaceOnce('related: [acme]', 'related: [acme-corp]') },
    file: /entities\/rainbow-drone\.md:\d+$/,
    field: 'related[0]',
    problem: /"acme-corp", which does not exist/,
    fix: /did you mean "acme"/,
  },
  {
    name: 'two claims with one id',
    edits: { [ARTICLE]: replaceOnce('id: acme-will-grow', 'id: drones-are-cheap') },
    file: /articles\/sample-op-ed\.md:36$/,
    field: 'claims[1].id',
    problem: /"drones-are-cheap" is used twice \(first at .*sample-op-ed\.md:18\)/,
    fix: /give each claim its own id/,
  },
  {
    name: 'a source URL that is not http(s)',
    edits: { [ARTICLE]: replaceOnce('url: https://example.org/drone-prices', 'url: javascript:alert(1)') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[0].sources[0].url (claim "drones-are-cheap")',
    problem: /expected an absolute http\(s\) URL/,
    fix: /http/,
  },
  {
    name: 'a source with no address at all (neither url nor the copy read)',
    edits: { [ARTICLE]: replaceOnce('        publisher: ACME\n        url: https://example.org/acme\n', '        publisher: ACME\n') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].sources[0].url (claim "acme-will-grow")',
    problem: /missing; expected an address: the original's "url", or the "copy" that was read/,
    fix: /add "url:" .* or, when only a copy was read, "copy: \{publisher: .*, url: .*\}"/,
  },
  {
    name: 'a source still using the retired "via" field',
    edits: {
      [ARTICLE]: replaceOnce('        url: https://example.org/acme\n', '        url: https://example.org/acme\n        via: ACME Wire\n'),
    },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].sources[0].via (claim "acme-will-grow")',
    problem: /"via" is not a field here; known fields: .*copy/,
    fix: /remove it/,
  },
  {
    name: 'a claim source URL that is not a URL at all',
    edits: { [ARTICLE]: replaceOnce('url: https://example.org/drone-prices', 'url: not a url') },
    file: /articles\/sample-op-ed\.md:34$/,
    field: 'claims[0].sources[0].url (claim "drones-are-cheap")',
    problem: /received "not a url"; expected an absolute http\(s\) URL/,
    fix: /write an absolute http\(s\) URL/,
  },
  {
    name: 'an entity source URL with the ftp: scheme',
    edits: { 'entities/jane-doe.md': replaceOnce('url: https://example.org/jane', 'url: ftp://example.org/jane') },
    file: /entities\/jane-doe\.md:9$/,
    field: 'sources[0].url',
    problem: /received "ftp:\/\/example\.org\/jane"; expected an absolute http\(s\) URL/,
    fix: /write an absolute http\(s\) URL/,
  },
  {
    name: 'a source with an empty publisher',
    edits: { [ARTICLE]: replaceOnce('publisher: Example News', 'publisher: " "') },
    file: /articles\/sample-op-ed\.md:32$/,
    field: 'claims[0].sources[0].publisher (claim "drones-are-cheap")',
    problem: /received " "; expected some text/,
    fix: /write some text/,
  },
  {
    name: 'a claim with no source',
    edits: {
      [ARTICLE]: replaceOnce(
        '    sources:\n      - title: ACME annual report\n        publisher: ACME\n        url: https://example.org/acme\n',
        '    sources: []\n',
      ),
    },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].sources (claim "acme-will-grow")',
    problem: /at least one source/,
    fix: /add at least one source/,
  },
  {
    name: 'a misspelt field',
    edits: { [ARTICLE]: replaceOnce('    note: Too early to say.', '    notes: Too early to say.\n    note: Too early to say.') },
    file: /articles\/sample-op-ed\.md:\d+$/,
    field: 'claims[1].notes (claim "acme-will-grow")',
    problem: /"notes" is not a field here/,
    fix: /rename it to "note"/,
  },
  {
    name: 'an entity without its required summary',
    edits: { 'entities/acme.md': replaceOnce('summary: A think tank in the sample.\n', '') },
    file: /entities\/acme\.md:2$/,
    field: 'summary',
    problem: /missing/,
    fix: /add "summary:"/,
  },
  {
    name: 'an entity kind outside the vocabulary',
    edits: { 'entities/acme.md': replaceOnce('kind: think-tank', 'kind: thinktank') },
    file: /entities\/acme\.md:4$/,
    field: 'kind',
    problem: /received "thinktank"; expected one of person, company/,
    fix: /use one of/,
  },
  {
    name: 'YAML that does not parse',
    edits: { 'entities/acme.md': replaceOnce('summary: A think tank in the sample.', 'summary: A think tank: in the sample.') },
    file: /entities\/acme\.md:5$/,
    field: 'front-matter',
    problem: /the YAML does not parse/,
    fix: /quote text that contains ": "/,
  },
  {
    name: 'an entity file name that is not a slug',
    edits: {
      'entities/Bad Name.md': () =>
        '---\nname: X\nkind: policy\nsummary: x\nsources: [{title: t, publisher: p, url: "https://example.org/"}]\n---\nx\n',
    },
    file: /entities\/Bad Name\.md$/,
    field: 'file name',
    problem: /does not make a valid slug/,
    fix: /rename the file/,
  },
  {
    name: 'a quote that is not in the article (nearest passages listed)',
    edits: { [ARTICLE]: replaceOnce('quote: the Rainbow drone is cheap', 'quote: the Rainbow drone is inexpensive') },
    file: /articles\/sample-op-ed\.md:19$/,
    field: 'claims[0].quote (claim "drones-are-cheap")',
    problem:
      /is not in the article; nearest passages:\s+¶ everyone-agrees-that-the-rainbow: "that the Rainbow drone is"\s+¶ the-rainbow-drone-flies-far: /,
    fix: /copy the exact words from the article/,
  },
  {
    name: 'a quote found twice, with no prefix or suffix to choose',
    edits: { [ARTICLE]: replaceOnce('quote: the Rainbow drone is cheap', 'quote: Rainbow drone') },
    file: /articles\/sample-op-ed\.md:19$/,
    field: 'claims[0].quote (claim "drones-are-cheap")',
    problem: /occurs 2 times \(¶ everyone-agrees-that-the-rainbow at \d+, ¶ the-rainbow-drone-flies-far at \d+\)/,
    fix: /add "prefix:" .* or "suffix:"/,
  },
  {
    name: 'a permalink manifest that is not valid JSON',
    edits: { 'permalinks.json': replaceOnce('"the-views-expressed-are-the"\n', '"the-views-expressed-are-the",\n') },
    file: /^[^:]*permalinks\.json$/,
    field: 'file',
    problem: /not valid JSON/,
    fix: /trailing comma/,
  },
];

describe('bad content fails the build and names the file, the field and the fix', () => {
  it('the unchanged fixture builds (so each row below fails for its own reason)', () => {
    expect(build(fixtureEdition()).articles).toHaveLength(1);
  });

  it.each(rows)('$name', ({ edits, file, field, problem, fix }) => {
    const problems = problemsOf(fixtureEdition(edits));
    const found = problems.find((p) => p.field === field);
    expect(found, `no problem for field ${field}; got ${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(`${found!.file}${found!.line ? `:${found!.line}` : ''}`).toMatch(file);
    expect(found!.problem).toMatch(problem);
    expect(found!.fix).toMatch(fix);
  });

  // Slugs are file names, so two entities (or two articles) cannot share one. But an article
  // lives at /<slug>/, and on the About page's address Astro would only warn and drop one.
  it('an article whose slug (address) is taken by a page', () => {
    const root = fixtureEdition({ 'permalinks.json': replaceOnce('"sample-op-ed"', '"about"') });
    mkdirSync(join(root, 'pages'), { recursive: true });
    writeFileSync(join(root, 'pages/about.md'), '---\ntitle: About\ndescription: About the sample edition.\n---\nAbout the sample.\n');
    renameSync(join(root, ARTICLE), join(root, 'articles/about.md'));
    const found = problemsOf(root).find((p) => p.field === 'file name');
    expect(found!.file).toMatch(/articles\/about\.md$/);
    expect(found!.line).toBeUndefined();
    expect(found!.problem).toMatch(/would be published at \/about\/, which the page .*pages\/about\.md already uses/);
    expect(found!.fix).toMatch(/rename the page .*pages\/about\.md or the article file/);
  });

  it('reports every problem at once, not one per build', () => {
    const message = messageOf(
      fixtureEdition({
        [ARTICLE]: (text) => replaceOnce('verdict: accurate\n', 'verdict: nope\n')(replaceOnce('type: prediction', 'type: guess')(text)),
      }),
    );
    expect(message).toMatch(/^The content has 2 problems; nothing was built\./);
    expect(message).toContain('claims[0].verdict');
    expect(message).toContain('claims[1].type');
  });
});
