/**
 * Smaller word-index chunks for a Pagefind bundle.
 *
 * A first search fetches Pagefind's code, its metadata and the one chunk of the word index the
 * query's word falls in. Pagefind cuts its index into chunks of at least 20,000 entries (a
 * constant in its indexer, `chunk_index(word_map, 20000)`, marked "TODO: Parameterize"), so once
 * everything a reader can see is indexed (some 47,000 entries for one op-ed with its notes and
 * glossary) every first query pays for a chunk of about 30 KB, whatever the word. This re-cuts
 * the same words, in the same order, into chunks of a chosen size, and rewrites the metadata's
 * chunk list with the boundaries Pagefind's own `chunk_meta` would compute. Nothing else in the
 * bundle changes: pages, fragments, filters and the search code are Pagefind's.
 *
 * The files are gzip of "pagefind_dcd" + CBOR. Decoding and re-encoding must give back Pagefind's
 * bytes exactly, or the format is not the one this was written for (Pagefind 1.6): then it
 * refuses, naming the file, rather than write an index the search code might misread.
 */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';

const SIGNATURE = 'pagefind_dcd';

/** A word in a chunk: [word, pages, …]; each page [page number, locations, …]. */
type PackedWord = [string, Array<[number, number[], ...unknown[]]>, ...unknown[]];
/** The metadata: [version, pages, chunks [from, to, hash][], filters, sorts, meta fields]. */
type Meta = [string, unknown[], Array<[string, string, string]>, ...unknown[]];

export interface Bundle {
  /** The language's metadata file's hash, as in `pagefind-entry.json` ("en_d870a39f47"). */
  metaHash: string;
  meta: Uint8Array;
  /** Index chunks by hash ("en_4f6ab6e" → the `.pf_index` file's bytes). */
  chunks: Map<string, Uint8Array>;
}

function unpack(file: Uint8Array, name: string): unknown {
  const raw = gunzipSync(file);
  if (raw.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${name} does not start with ${SIGNATURE}`);
  const body = raw.subarray(SIGNATURE.length);
  const value = decode(body);
  if (Buffer.compare(Buffer.from(encode(value)), body) !== 0) {
    throw new Error(
      `${name} does not read back as it was written: Pagefind's index format is not the one src/lib/pagefind-chunks.ts knows`,
    );
  }
  return value;
}

function pack(value: unknown): { cbor: Uint8Array; file: Uint8Array } {
  const cbor = encode(value);
  return { cbor, file: gzipSync(Buffer.concat([Buffer.from(SIGNATURE), cbor]), { level: 9 }) };
}

/** Pagefind's measure of a word's size: each page counts its locations and one more. */
export function entriesOf(word: PackedWord): number {
  return word[1].reduce((sum, page) => sum + page[1].length + 1, 0);
}

/** Words in order, cut into runs of at least `size` entries (the last may be smaller), as Pagefind cuts them. */
export function cut(words: PackedWord[], size: number): PackedWord[][] {
  const chunks: PackedWord[][] = [];
  let chunk: PackedWord[] = [];
  let entries = 0;
  for (const word of words) {
    entries += entriesOf(word);
    chunk.push(word);
    if (entries >= size) {
      chunks.push(chunk);
      chunk = [];
      entries = 0;
    }
  }
  if (chunk.length) chunks.push(chunk);
  return chunks;
}

/** Pagefind's `get_prefixes`: the shortest prefixes that still tell two neighbouring words apart. */
export function prefixes(a: string, b: string): [string, string] {
  const left = [...a];
  const right = [...b];
  let common = 0;
  while (common < left.length && common < right.length && left[common] === right[common]) common++;
  return [left.slice(0, common + 1).join(''), right.slice(0, common + 1).join('')];
}

/**
 * Pagefind's `chunk_meta`: each chunk named by its first and last word, shortened where it meets
 * the next to the shortest prefixes that tell them apart. Kept exactly: the search code's lookup
 * of a query word among the chunks (a first try on whole words, then on prefixes) is written
 * against these names.
 */
export function boundaries(chunks: PackedWord[][]): Array<[string, string]> {
  const named = chunks.map((chunk): [string, string] => [chunk[0]?.[0] ?? '', chunk.at(-1)?.[0] ?? '']);
  for (let i = 0; i + 1 < named.length; i++) {
    const [to, from] = prefixes(named[i]![1], named[i + 1]![0]);
    named[i]![1] = to;
    named[i + 1]![0] = from;
  }
  return named;
}

function shortHash(language: string, bytes: Uint8Array, length: number, taken: Set<string>): string {
  const full = createHash('sha256').update(bytes).digest('hex');
  let n = length;
  while (taken.has(`${language}_${full.slice(0, n)}`) && n < full.length) n++;
  return `${language}_${full.slice(0, n)}`;
}

/** The bundle with its word index cut into chunks of about `size` entries. */
export function rechunk(bundle: Bundle, size: number): Bundle {
  const language = bundle.metaHash.split('_')[0]!;
  const meta = unpack(bundle.meta, `pagefind.${bundle.metaHash}.pf_meta`) as Meta;
  const words: PackedWord[] = [];
  for (const [, , hash] of meta[2]) {
    const file = bundle.chunks.get(hash);
    if (!file) throw new Error(`the metadata names index chunk ${hash}, which is not in the bundle`);
    const chunk = unpack(file, `index/${hash}.pf_index`) as [PackedWord[]];
    words.push(...chunk[0]);
  }
  const pieces = cut(words, size);
  const names = boundaries(pieces);
  const chunks = new Map<string, Uint8Array>();
  meta[2] = pieces.map((piece, i) => {
    const { cbor, file } = pack([piece]);
    const hash = shortHash(language, cbor, 7, new Set(chunks.keys()));
    chunks.set(hash, file);
    return [names[i]![0], names[i]![1], hash];
  });
  const packed = pack(meta);
  return { metaHash: shortHash(language, packed.cbor, 10, new Set()), meta: packed.file, chunks };
}
