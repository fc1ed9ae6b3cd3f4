/**
 * `npm run claim -- "<words from the op-ed>" [--append] [--occurrence <n>] [--article <slug>]`:
 * finds the words as the build would, says where they are, suggests an id and prints (or, with
 * --append, adds) a claim stub with every field to fill. Logic: src/editor/claim-command.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ContentError } from '../content/errors.ts';
import { buildEdition } from '../edition/edition.ts';
import { claimCommand } from '../editor/claim-command.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    append: { type: 'boolean', default: false },
    occurrence: { type: 'string' },
    article: { type: 'string' },
  },
});

let edition;
try {
  edition = buildEdition({ requireRecordedPermalinks: false });
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`${error.message}\nThe content must pass its check before a claim can be added (npm run check-content).`);
  process.exit(2);
}

const article = values.article ? edition.articles.find((a) => a.slug === values.article) : edition.articles[0];
const outcome = claimCommand(edition, positionals.join(' '), {
  article: values.article,
  append: values.append,
  occurrence: values.occurrence === undefined ? undefined : Number(values.occurrence),
  articleSource: values.append && article ? readFileSync(article.entry.file, 'utf8') : undefined,
});
if (outcome.write) writeFileSync(outcome.write.file, outcome.write.text);
process.stdout.write(outcome.out);
process.stderr.write(outcome.err);
process.exitCode = outcome.code;
