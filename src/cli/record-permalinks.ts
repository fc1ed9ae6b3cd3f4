/**
 * `npm run permalinks`: records every current paragraph id, claim id and entity slug in content/permalinks.json, so the
 * build can promise they never vanish. Ids already recorded are kept (they are published);
 * retiring one needs a `moved` entry, which the build asks for by name. The rule itself lives
 * in src/edition/permalinks.ts; this script only reads and writes the file.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { buildEdition } from '../edition/edition.ts';
import { recordPermalinks, type StoredManifest } from '../edition/permalinks.ts';
import { ContentError } from '../content/errors.ts';

try {
  const edition = buildEdition({ requireRecordedPermalinks: false });
  const file = edition.content.permalinksFile;
  const stored: StoredManifest = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { published: {}, moved: {} };
  const { manifest, added } = recordPermalinks(stored, edition.articles, {
    claims: edition.unrecordedClaims,
    entities: edition.unrecordedEntities,
  });
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(added ? `Recorded ${added} new id(s) in ${file}.` : `${file} already records every paragraph id, claim id and entity slug.`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
