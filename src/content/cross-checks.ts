/**
 * The checks that span files, in one place: what no single file's schema can see. Each adds
 * its problems (file, line, field, fix) to the list; none throws, so an editor gets every
 * problem of a build at once.
 *
 * - References (run when the content is loaded): claim ids unique across the edition, entity
 *   slugs that exist, an alias owned by one entity, `related` pointing elsewhere.
 * - Once the articles are prepared (run by the edition): every alias occurs in the text, no
 *   article takes an address the site already uses, every paragraph id is recorded.
 */
import { closest, type ContentProblem, type ProblemList } from './errors.ts';
import type { ArticleEntry, EntityEntry, LoadedContent } from './load.ts';
import { articleHref } from '../lib/routes.ts';

/** References between files: ids unique, entity slugs that exist, aliases owned once. */
export function checkReferences(
  articles: ArticleEntry[],
  entities: EntityEntry[],
  problems: ProblemList,
  entityFiles: ReadonlySet<string> = new Set(),
): void {
  // An entity whose file has a problem is reported there, once; references to it are not wrong.
  const slugs = new Set([...entities.map((e) => e.slug), ...entityFiles]);
  const unknownEntity = (file: string, line: number | undefined, field: string, slug: string): ContentProblem => {
    const guesses = closest(slug, slugs);
    return {
      file,
      line,
      field,
      problem: `refers to the entity "${slug}", which does not exist (no content/entities/${slug}.md)`,
      fix: guesses.length
        ? `use an existing slug (did you mean ${guesses.map((g) => `"${g}"`).join(' or ')}?) or add content/entities/${slug}.md`
        : `add content/entities/${slug}.md, or remove the reference`,
    };
  };

  const claimIds = new Map<string, { file: string; line?: number }>();
  for (const article of articles) {
    const { data, parsed, file } = article;
    for (const [path, slug] of [
      [['author', 'entity'], data.author.entity],
      [['publication', 'entity'], data.publication.entity],
      [['firstAppeared', 'entity'], data.firstAppeared?.entity],
    ] as const) {
      if (slug && !slugs.has(slug)) problems.add(unknownEntity(file, parsed.lineOf(path), path.join('.'), slug));
    }
    data.claims.forEach((claim, i) => {
      const line = parsed.lineOf(['claims', i, 'id']);
      const first = claimIds.get(claim.id);
      if (first) {
        problems.add({
          file,
          line,
          field: `claims[${i}].id`,
          problem: `the claim id "${claim.id}" is used twice (first at ${first.file}:${first.line ?? '?'})`,
          fix: 'give each claim its own id; ids are permalinks (#claim-<id>), so rename the newer one',
        });
      } else claimIds.set(claim.id, { file, line });
      claim.entities.forEach((slug, j) => {
        if (!slugs.has(slug)) {
          problems.add(
            unknownEntity(file, parsed.lineOf(['claims', i, 'entities', j]), `claims[${i}].entities[${j}] (claim "${claim.id}")`, slug),
          );
        }
      });
    });
  }

  const aliasOwner = new Map<string, EntityEntry>();
  for (const entity of entities) {
    entity.data.related.forEach((slug, j) => {
      if (!slugs.has(slug)) problems.add(unknownEntity(entity.file, entity.parsed.lineOf(['related', j]), `related[${j}]`, slug));
      else if (slug === entity.slug) {
        problems.add({
          file: entity.file,
          line: entity.parsed.lineOf(['related', j]),
          field: `related[${j}]`,
          problem: 'an entity cannot be related to itself',
          fix: `remove "${slug}" from related`,
        });
      }
    });
    entity.data.aliases.forEach((alias, j) => {
      const owner = aliasOwner.get(alias);
      if (owner && owner !== entity) {
        problems.add({
          file: entity.file,
          line: entity.parsed.lineOf(['aliases', j]),
          field: `aliases[${j}]`,
          problem: `the alias "${alias}" is also claimed by "${owner.slug}" (${owner.file}), so a mention could not be attributed`,
          fix: `keep "${alias}" in one entity only, or use a longer, distinct form in one of them`,
        });
      } else if (owner === entity) {
        problems.add({
          file: entity.file,
          line: entity.parsed.lineOf(['aliases', j]),
          field: `aliases[${j}]`,
          problem: `the alias "${alias}" is listed twice`,
          fix: 'remove the duplicate',
        });
      } else aliasOwner.set(alias, entity);
    });
  }
}

/** An alias must name something the edition actually says, somewhere. */
export function checkAliasesSaid(entities: readonly EntityEntry[], said: ReadonlySet<string>, problems: ProblemList): void {
  for (const entity of entities) {
    entity.data.aliases.forEach((alias, j) => {
      if (said.has(alias)) return;
      problems.add({
        file: entity.file,
        line: entity.parsed.lineOf(['aliases', j]),
        field: `aliases[${j}]`,
        problem: `the alias "${alias}" never occurs in the text (matching is case-sensitive and by whole words)`,
        fix:
          'copy the form exactly as the article writes it, or remove it (an entity the article never names keeps "aliases: []" and ' +
          'is listed as context)',
      });
    });
  }
}

/**
 * An article lives at /<slug>/: on an address the site already uses (one of `sections`, or a
 * page's), Astro would only warn and leave one of the two out of the build.
 */
export function checkAddresses(
  content: Pick<LoadedContent, 'articles' | 'pages' | 'permalinksFile'>,
  sections: readonly string[],
  problems: ProblemList,
): void {
  const taken = new Map<string, string | undefined>([
    ...sections.map((href) => [href.split('/')[1]!, undefined] as const),
    ...content.pages.map((page) => [page.slug, page.file] as const),
  ]);
  for (const article of content.articles) {
    if (!taken.has(article.slug)) continue;
    const page = taken.get(article.slug);
    const user = page ? `the page ${page}` : 'a section of the site';
    problems.add({
      file: article.file,
      field: 'file name',
      problem:
        `the article would be published at ${articleHref(article.slug)}, which ${user} already uses, ` +
        'so one of the two would be left out',
      fix:
        `rename ${page ? `the page ${page} or ` : ''}the article file ` +
        `(a file's name is its address; rename the article's key in ${content.permalinksFile} with it)`,
    });
  }
}

/** Every current paragraph id must be recorded in the permalink manifest before a build publishes it. */
export function checkRecorded(
  permalinksFile: string,
  articles: ReadonlyArray<{ slug: string; unrecorded: readonly string[] }>,
  problems: ProblemList,
): void {
  for (const article of articles) {
    if (article.unrecorded.length === 0) continue;
    problems.add({
      file: permalinksFile,
      field: `published["${article.slug}"]`,
      problem: `new paragraph ids are not recorded yet: ${article.unrecorded.join(', ')}`,
      fix: 'run "npm run permalinks" to record them, and commit content/permalinks.json with the change',
    });
  }
}
