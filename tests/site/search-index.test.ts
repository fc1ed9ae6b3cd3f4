/**
 * The built search index, read as Pagefind's search code reads it: small chunks (what a first
 * search fetches), each word in exactly one, in Pagefind's order, under Pagefind's names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { describe, expect, it } from 'vitest';

const BUNDLE = 'dist/pagefind';
const read = (file: string) => decode(gunzipSync(readFileSync(join(BUNDLE, file))).subarray('pagefind_dcd'.length)) as unknown[];

const entry = JSON.parse(readFileSync(join(BUNDLE, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
const meta = read(`pagefind.${entry.languages.en!.hash}.pf_meta`);
const chunks = meta[2] as Array<[string, string, string]>;

describe('the search index', () => {
  it('is cut into chunks under 18 KB each, so a first search fetches one small chunk', () => {
    const files = readdirSync(join(BUNDLE, 'index'));
    expect(files.sort()).toEqual(chunks.map(([, , hash]) => `${hash}.pf_index`).sort());
    expect(chunks.length).toBeGreaterThan(3);
    for (const file of files) expect(readFileSync(join(BUNDLE, 'index', file)).length, file).toBeLessThan(18 * 1024);
  });

  it('holds every word in one chunk only, in order, each within its chunk’s first letters', () => {
    const words = chunks.flatMap(([from, to, hash]) => {
      const inChunk = (read(`index/${hash}.pf_index`)[0] as Array<[string]>).map(([word]) => word);
      // Pagefind's names for a chunk are prefixes of its first and last word.
      expect(inChunk[0]!.startsWith(from), `${hash} from ${from}`).toBe(true);
      expect(inChunk.at(-1)!.startsWith(to), `${hash} to ${to}`).toBe(true);
      return inChunk;
    });
    expect(words.length).toBeGreaterThan(2000);
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((w, i) => i === 0 || Buffer.compare(Buffer.from(words[i - 1]!), Buffer.from(w)) < 0)).toBe(true);
  });
});
