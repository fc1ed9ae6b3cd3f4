/**
 * `npm run permalinks`: records every current paragraph id in content/permalinks.json, so the
 * build can promise they never vanish. Ids already recorded are kept (they are published);
 * retiring one needs a `moved` entry, which the build asks for by name.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildEdition } from '../content/edition.ts';
import { ContentError } from '../content/errors.ts';

try {
  const edition = buildEdition({ requireRecordedPermalinks: false });
  const file = edition.content.permalinksFile;
  const manifest = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { published: Record<string, string[]>; moved?: Record<string, Record<string, string>> })
    : { published: {}, moved: {} };
  let added = 0;
  for (const article of edition.articles) {
    const list = (manifest.published[article.slug] ??= []);
    for (const id of article.unrecorded) {
      list.push(id);
      added++;
    }
  }
  manifest.moved ??= {};
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(added ? `Recorded ${added} new paragraph id(s) in ${file}.` : `${file} already records every paragraph id.`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
