/**
 * Writes the search index of the edition in EDITION_CONTENT_DIR into the folder given, with the
 * site build's own code (src/integrations/search-index.ts). The search scale run uses it: a
 * library's search costs what its index costs, and building the index alone takes seconds where
 * building every page of 200 articles (with a page and a card per claim) takes most of an hour.
 */
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { checkedEdition } from '../../src/edition/edition.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: EDITION_CONTENT_DIR=<content> node tests/bench/library-index.ts <output folder>');
const pages = await writeSearchIndex(checkedEdition(), out);
console.log(`indexed ${pages} pages into ${out}`);
