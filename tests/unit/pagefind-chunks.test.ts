/**
 * Re-cutting Pagefind's word index: the same words in the same order, in chunks of the chosen
 * size, named with the boundaries Pagefind's own `chunk_meta` computes (its tests' cases), and a
 * refusal, naming the file, of anything that is not the format this was written for.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { boundaries, cut, prefixes, rechunk, type Bundle } from '../../src/lib/pagefind-chunks.ts';

const SIGNATURE = 'pagefind_dcd';
const file = (value: unknown) => gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encode(value)]));
const read = (bytes: Uint8Array) => decode(gunzipSync(bytes).subarray(SIGNATURE.length)) as never;

type Word = [string, Array<[number, number[], number[]]>, unknown[]];
/** A word on `pages` pages with `locs` locations on each: it counts pages × (locs + 1) entries. */
const word = (name: string, pages: number, locs: number): Word => [
  name,
  Array.from({ length: pages }, (_, p) => [p, Array.from({ length: locs }, (_, l) => l + 1), []]),
  [],
];

/** A bundle the way Pagefind writes it: metadata listing two chunks, the chunks, a page list. */
function bundle(words: Word[]): Bundle {
  const half = Math.ceil(words.length / 2);
  const chunks = [words.slice(0, half), words.slice(half)];
  const meta = ['1.6.0', [['en_0000001', 12, '']], chunks.map((c, i) => [c[0]![0], c.at(-1)![0], `en_c${i}`]), [], [], ['title']];
  return { metaHash: 'en_0123456789', meta: file(meta), chunks: new Map(chunks.map((c, i) => [`en_c${i}`, file([c])])) };
}

const WORDS = ['apple', 'apricot', 'banana', 'cath', 'cathartic', 'peach', 'pear', 'plum', 'quince', 'yacht'].map((w, i) =>
  word(w, 1 + (i % 3), 2),
);

describe('the boundaries between chunks', () => {
  it('are the shortest prefixes that tell neighbours apart, as Pagefind computes them', () => {
    expect(prefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(prefixes('cataraman', 'yacht')).toEqual(['c', 'y']);
    expect(prefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
  });

  it('name each chunk from its first word to its last, shortened where chunks meet, as Pagefind names them', () => {
    const chunks = cut([word('apple', 1, 7), word('apricot', 1, 7), word('banana', 1, 7), word('cath', 1, 7), word('cathartic', 1, 7)], 8);
    expect(chunks.map((c) => c.map((w) => w[0]))).toEqual([['apple'], ['apricot'], ['banana'], ['cath'], ['cathartic']]);
    expect(boundaries(chunks)).toEqual([
      ['apple', 'app'],
      ['apr', 'a'],
      ['b', 'b'],
      ['c', 'cath'],
      ['catha', 'cathartic'],
    ]);
  });
});

describe('a bundle cut again', () => {
  it('keeps every word, in order, with its pages and locations', () => {
    const recut = rechunk(bundle(WORDS), 6);
    const meta = read(recut.meta) as unknown[];
    const listed = meta[2] as Array<[string, string, string]>;
    const words = listed.flatMap(([, , hash]) => (read(recut.chunks.get(hash)!) as [Word[]])[0]);
    expect(words).toEqual(WORDS);
    expect(listed.length).toBeGreaterThan(2);
    expect(recut.chunks.size).toBe(listed.length);
  });

  it('makes every chunk but the last at least the chosen size, and none much over it', () => {
    const recut = rechunk(bundle(WORDS), 6);
    const listed = (read(recut.meta) as unknown[])[2] as Array<[string, string, string]>;
    const sizes = listed.map(([, , hash]) =>
      (read(recut.chunks.get(hash)!) as [Word[]])[0].reduce((n, w) => n + w[1].reduce((m, p) => m + p[1].length + 1, 0), 0),
    );
    for (const size of sizes.slice(0, -1)) expect(size).toBeGreaterThanOrEqual(6);
    // A chunk closes on the word that takes it past the size: at most one word (here 9 entries) over.
    for (const size of sizes) expect(size).toBeLessThan(6 + 9);
  });

  it('leaves the rest of the metadata as Pagefind wrote it, under a new name', () => {
    const before = bundle(WORDS);
    const recut = rechunk(before, 6);
    const [old, now] = [read(before.meta) as unknown[], read(recut.meta) as unknown[]];
    expect([now[0], now[1], ...now.slice(3)]).toEqual([old[0], old[1], ...old.slice(3)]);
    expect(recut.metaHash).toMatch(/^en_[0-9a-f]{10}$/);
    expect(recut.metaHash).not.toBe(before.metaHash);
  });

  it('refuses a file that does not read back as written, naming it', () => {
    const odd = bundle(WORDS);
    // The number 1 written in two bytes where Pagefind writes one: valid CBOR, not Pagefind's.
    const body = Buffer.from(encode([[['apple', [[1, [1], []]], []]]]));
    const longer = Buffer.concat([body.subarray(0, body.length - 5), Buffer.from([0x18, 0x01]), body.subarray(body.length - 4)]);
    expect(decode(longer)).toEqual(decode(body));
    odd.chunks.set('en_c0', gzipSync(Buffer.concat([Buffer.from(SIGNATURE), longer])));
    expect(() => rechunk(odd, 6)).toThrow(/index\/en_c0\.pf_index does not read back as it was written/);
  });

  it('refuses metadata that names a chunk the bundle lacks', () => {
    const missing = bundle(WORDS);
    missing.chunks.delete('en_c1');
    expect(() => rechunk(missing, 6)).toThrow(/names index chunk en_c1, which is not in the bundle/);
  });
});
