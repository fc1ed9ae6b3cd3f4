/**
 * Glossary mistakes fail the build with the file (and line), the field and the fix. Unknown
 * slugs in a claim's `entities` and in an entity's `related` are covered in
 * content-model.test.ts; these are the other ways an entity can be wrong.
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE, fixtureEdition, messageOf, problemsOf, replaceOnce, type ProblemRow } from '../support/fixture-edition.ts';

const rows: ProblemRow[] = [
  {
    name: 'two entities claiming the same alias',
    edits: { 'entities/acme.md': replaceOnce('aliases: [ACME]', 'aliases: [ACME, Rainbow]') },
    // Entities load in file-name order, so the second claimant (rainbow-drone) is the one reported.
    file: /entities\/rainbow-drone\.md:3$/,
    field: 'aliases[1]',
    problem: /the alias "Rainbow" is also claimed by "acme" \(.*entities\/acme\.md\), so a mention could not be attributed/,
    fix: /keep "Rainbow" in one entity only, or use a longer, distinct form/,
  },
  {
    name: 'one entity listing an alias twice',
    edits: { 'entities/jane-doe.md': replaceOnce('aliases: [Jane Doe]', 'aliases: [Jane Doe, Jane Doe]') },
    file: /entities\/jane-doe\.md:3$/,
    field: 'aliases[1]',
    problem: /"Jane Doe" is listed twice/,
    fix: /remove the duplicate/,
  },
  {
    name: 'an alias that never occurs in the text',
    edits: { 'entities/jane-doe.md': replaceOnce('aliases: [Jane Doe]', 'aliases: [Jane Doe, J. Doe]') },
    file: /entities\/jane-doe\.md:3$/,
    field: 'aliases[1]',
    problem: /the alias "J\. Doe" never occurs in the text/,
    fix: /copy the form exactly as the article writes it, or remove it/,
  },
  {
    name: 'an alias that occurs only in another case',
    edits: { 'entities/rainbow-drone.md': replaceOnce('aliases: [Rainbow drone, Rainbow]', 'aliases: [Rainbow drone, RAINBOW]') },
    file: /entities\/rainbow-drone\.md:3$/,
    field: 'aliases[1]',
    problem: /"RAINBOW" never occurs in the text \(matching is case-sensitive and by whole words\)/,
    fix: /"aliases: \[\]"/,
  },
  {
    name: 'an alias that occurs only inside a longer word',
    edits: { 'entities/acme.md': replaceOnce('aliases: [ACME]', 'aliases: [ACME, ACMEc]') },
    file: /entities\/acme\.md:3$/,
    field: 'aliases[1]',
    problem: /"ACMEc" never occurs in the text/,
    fix: /copy the form exactly/,
  },
  {
    name: 'the author pointing at an entity that does not exist',
    edits: { [ARTICLE]: replaceOnce('entity: jane-doe', 'entity: jane-does') },
    file: /articles\/sample-op-ed\.md:6$/,
    field: 'author.entity',
    problem: /"jane-does", which does not exist \(no content\/entities\/jane-does\.md\)/,
    fix: /did you mean "jane-doe"/,
  },
  {
    name: 'a related entity with no file and nothing close to it',
    edits: { 'entities/context-only.md': replaceOnce('related: [acme]', 'related: [tianhe-2]') },
    file: /entities\/context-only\.md:6$/,
    field: 'related[0]',
    problem: /"tianhe-2", which does not exist/,
    fix: /add content\/entities\/tianhe-2\.md, or remove the reference/,
  },
  {
    name: 'an entity related to itself',
    edits: { 'entities/acme.md': replaceOnce('kind: think-tank', 'kind: think-tank\nrelated: [acme]') },
    file: /entities\/acme\.md:5$/,
    field: 'related[0]',
    problem: /cannot be related to itself/,
    fix: /remove "acme" from related/,
  },
];

describe('glossary mistakes fail the build and name the file, the field and the fix', () => {
  it.each(rows)('$name', ({ edits, file, field, problem, fix }) => {
    const problems = problemsOf(fixtureEdition(edits));
    const found = problems.find((p) => p.field === field && problem.test(p.problem));
    expect(found, `no problem for ${field} matching ${problem}; got ${JSON.stringify(problems, null, 2)}`).toBeDefined();
    expect(`${found!.file}${found!.line ? `:${found!.line}` : ''}`).toMatch(file);
    expect(found!.fix).toMatch(fix);
  });

  it('prints the file and line, the field, the problem and the fix in the build message', () => {
    const message = messageOf(
      fixtureEdition({ 'entities/jane-doe.md': replaceOnce('aliases: [Jane Doe]', 'aliases: [Jane Doe, J. Doe]') }),
    );
    expect(message).toMatch(
      /✗ .*entities\/jane-doe\.md:3\n {4}field: {3}aliases\[1\]\n {4}problem: .*"J\. Doe" never occurs.*\n {4}fix: {5}copy the form/,
    );
  });
});
