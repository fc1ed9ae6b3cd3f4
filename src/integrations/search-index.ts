/**
 * Builds the Pagefind index as part of `astro build` (never a separate step), from the records
 * in src/views/search-records.ts, into `dist/pagefind/`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// Imported up front: the config's module runner is closed by the time build:done runs.
import * as pagefind from 'pagefind';
import { checkedEdition } from '../edition/edition.ts';
import { searchRecords } from '../views/search-records.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const records = searchRecords(checkedEdition());
          for (const record of records) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length) throw new Error(`Pagefind refused ${record.url}: ${added.errors.join('; ')}`);
          }
          const outputPath = join(fileURLToPath(dir), 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          logger.info(`indexed ${records.length} places (paragraphs, claims, glossary entries) into ${outputPath}`);
        } catch (error) {
          const reason = error instanceof Error ? error.message : String(error);
          throw new Error(`The search index was not built: ${reason}`, { cause: error });
        } finally {
          // Pagefind runs as a child process: left open, it would keep the build from exiting.
          await pagefind.close();
        }
      },
    },
  };
}
