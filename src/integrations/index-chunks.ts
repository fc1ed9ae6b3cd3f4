/**
 * Re-cuts a written Pagefind bundle's word index into smaller chunks, in place (the why:
 * src/lib/pagefind-chunks.ts). Reads `pagefind-entry.json` for each language's metadata, writes
 * the new chunks and metadata, removes the old ones, and points the entry file at the new
 * metadata.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rechunk } from '../lib/pagefind-chunks.ts';

interface Entry {
  languages: Record<string, { hash: string }>;
}

export function recutIndex(bundleDir: string, size: number): void {
  const entryFile = join(bundleDir, 'pagefind-entry.json');
  const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as Entry;
  const indexDir = join(bundleDir, 'index');
  for (const language of Object.values(entry.languages)) {
    const metaFile = join(bundleDir, `pagefind.${language.hash}.pf_meta`);
    // This language's chunks only (their names start with its code, as its metadata's do).
    const prefix = `${language.hash.split('_')[0]}_`;
    const files = readdirSync(indexDir).filter((f) => f.startsWith(prefix) && f.endsWith('.pf_index'));
    const chunks = new Map(files.map((f) => [f.slice(0, -'.pf_index'.length), readFileSync(join(indexDir, f))]));
    const recut = rechunk({ metaHash: language.hash, meta: readFileSync(metaFile), chunks }, size);
    for (const file of files) rmSync(join(indexDir, file));
    rmSync(metaFile);
    for (const [hash, file] of recut.chunks) writeFileSync(join(indexDir, `${hash}.pf_index`), file);
    writeFileSync(join(bundleDir, `pagefind.${recut.metaHash}.pf_meta`), recut.meta);
    language.hash = recut.metaHash;
  }
  writeFileSync(entryFile, JSON.stringify(entry));
}
