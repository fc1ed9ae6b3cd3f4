/**
 * Builds the Pagefind index as part of `astro build` (never a separate step), from the pages in
 * src/views/search-records.ts, into `dist/pagefind/`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
// Imported up front: the config's module runner is closed by the time build:done runs.
import * as pagefind from 'pagefind';
import { checkedEdition, type Edition } from '../edition/edition.ts';
import { searchPages } from '../views/search-records.ts';
import { recutIndex } from './index-chunks.ts';

/**
 * Entries per word-index chunk (Pagefind's own: 20,000). Half Pagefind's size halves the chunk
 * every first query fetches (about 15 KB for one op-ed, not 30), while a large library's chunk
 * list, which every first query also fetches, grows only a little (src/lib/pagefind-chunks.ts).
 */
const CHUNK_ENTRIES = 10_000;

/** Writes the edition's search index into `outputPath`; returns how many pages it indexed. */
export async function writeSearchIndex(edition: Edition, outputPath: string): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const pages = searchPages(edition);
    for (const page of pages) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      if (added.errors.length) throw new Error(`Pagefind refused ${page.url}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
    recutIndex(outputPath, CHUNK_ENTRIES);
    return pages.length;
  } catch (error) {
    throw new Error(`Search index not built: ${(error as Error).message}`, { cause: error });
  } finally {
    // Pagefind runs as a child process: close it whatever happened, or the build hangs.
    await pagefind.close();
  }
}

export default function searchIndex(): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outputPath = join(fileURLToPath(dir), 'pagefind');
        const pages = await writeSearchIndex(checkedEdition(), outputPath);
        logger.info(`indexed ${pages} pages (op-ed, timeline, glossary) into ${outputPath}`);
      },
    },
  };
}
