/**
 * `npm run claim -- "<words>"` as a pure function: from the prepared edition and the editor's
 * words to what the command prints, its exit code, and the article text to write with
 * `--append`. src/cli/claim.ts only reads the edition, prints and writes.
 */
import type { Edition } from '../edition/edition.ts';
import { partiallyOverlap } from '../edition/anchor.ts';
import { appendClaim, claimStub, findWords, suggestClaimId, type Place } from './claim-stub.ts';

export interface ClaimOptions {
  /** The article's slug; the first article when absent. */
  article?: string;
  /** Add the stub to the article's claims instead of only printing it. */
  append?: boolean;
  /** Which place to use (1-based) when the words occur more than once. */
  occurrence?: number;
  /** The article file's current text (read by the CLI, only with `append`). */
  articleSource?: string;
}

export interface ClaimOutcome {
  /** 0 found; 1 not found; 2 a usage problem (unknown article, which place to append). */
  code: number;
  out: string;
  err: string;
  /** With `append`: the file to write and its new text. */
  write?: { file: string; text: string };
}

type EditionInput = Pick<Edition, 'articles'>;

/** Beyond this many places, stubs are printed only for the place asked for. */
const MAX_STUBS = 3;

function excerpt(place: Place, around = 40): string {
  const text = place.paragraph.text;
  const from = Math.max(0, place.start - around);
  const to = Math.min(text.length, place.end + around);
  const clip = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${clip(text.slice(from, place.start))}[${clip(text.slice(place.start, place.end))}]${clip(text.slice(place.end, to))}${to < text.length ? '…' : ''}`;
}

const where = (place: Place) => `paragraph ${place.paragraph.number} (¶ ${place.paragraph.id})`;

export function claimCommand(edition: EditionInput, words: string, options: ClaimOptions = {}): ClaimOutcome {
  const article = options.article ? edition.articles.find((a) => a.slug === options.article) : edition.articles[0];
  if (!article) {
    const slugs = edition.articles.map((a) => a.slug).join(', ');
    return { code: 2, out: '', err: `No article "${options.article}"; the articles are: ${slugs || 'none'}.\n` };
  }
  if (!words.trim()) return { code: 2, out: '', err: 'Give the words to find: npm run claim -- "<words from the op-ed>"\n' };

  const found = findWords(article.paragraphs, words);
  if (!found.ok) {
    const near = found.nearest.map((c) => `  ¶ ${c.paragraph.id} (paragraph ${c.paragraph.number}): "${c.text}"`).join('\n');
    return {
      code: 1,
      out: '',
      err: `The words ${JSON.stringify(words.trim())} are not in ${article.entry.file}${near ? `; nearest passages:\n${near}` : '.'}\nCopy the exact words from the article (straight apostrophes, no ellipsis).\n`,
    };
  }

  const taken = edition.articles.flatMap((a) => a.entry.data.claims.map((c) => c.id));
  const id = suggestClaimId(found.quote, taken);
  const datePublished = article.entry.data.datePublished;
  const stubFor = (place: Place) => claimStub({ id, quote: found.quote, prefix: place.prefix, suffix: place.suffix, datePublished });
  const already = article.claims.filter((c) => found.places.some((p) => p.paragraph.id === c.paragraphId && p.start === c.position.start && p.end === c.position.end));

  const lines: string[] = [];
  if (already.length > 0) lines.push(`Note: already a claim with these exact words: ${already.map((c) => c.claim.id).join(', ')}.`, '');
  const { places } = found;
  if (places.length === 1) {
    lines.push(`Found in ${where(places[0]!)}:`, `  ${excerpt(places[0]!)}`, '');
    const crossing = article.claims.filter((c) => c.paragraphId === places[0]!.paragraph.id && partiallyOverlap(c.position, { paragraph: c.position.paragraph, start: places[0]!.start, end: places[0]!.end }));
    if (crossing.length > 0) {
      lines.push(`Warning: these words cross the quote of ${crossing.map((c) => `"${c.claim.id}"`).join(', ')} without containing it or lying inside it; the build refuses marks that cannot nest. Choose words that do.`, '');
    }
  } else {
    lines.push(`The words occur ${places.length} times; each place with the shortest prefix or suffix that picks it:`);
    places.forEach((p, i) => {
      const context = p.prefix !== undefined || p.suffix !== undefined
        ? [p.prefix !== undefined ? `prefix ${JSON.stringify(p.prefix)}` : '', p.suffix !== undefined ? `suffix ${JSON.stringify(p.suffix)}` : ''].filter(Boolean).join(', ')
        : 'no prefix or suffix can tell it apart: pin the words by quoting more of them';
      lines.push(`  ${i + 1}. ${where(p)}: ${excerpt(p)}`, `     ${context}`);
    });
    lines.push('');
  }

  if (options.append) {
    const choice = places.length === 1 ? 1 : options.occurrence;
    if (choice === undefined || choice < 1 || choice > places.length) {
      const list = places.map((p, i) => `  ${i + 1}. ${where(p)}: ${excerpt(p)}`).join('\n');
      return { code: 2, out: '', err: `The words occur ${places.length} times; say which with --occurrence <n>:\n${list}\n` };
    }
    if (options.articleSource === undefined) throw new Error('append needs the article source');
    const text = appendClaim(options.articleSource, stubFor(places[choice - 1]!), id);
    lines.push(`Added the claim "${id}" at the end of the claims in ${article.entry.file}.`, 'Fill every field marked FILL; until then the content check names each one.', '');
    return { code: 0, out: lines.join('\n'), err: '', write: { file: article.entry.file, text } };
  }

  // Several places: the stub of the one asked for, or of each when they are few.
  const chosen = options.occurrence !== undefined ? [options.occurrence] : places.length <= MAX_STUBS ? places.map((_, i) => i + 1) : [];
  for (const n of chosen) {
    const place = places[n - 1];
    if (!place) return { code: 2, out: '', err: `--occurrence ${n}: the words occur ${places.length} time(s).\n` };
    if (places.length > 1) lines.push(`Stub for place ${n}:`, '');
    lines.push(stubFor(place));
  }
  const again = places.length > 1 ? ' --occurrence <n>' : '';
  lines.push(
    chosen.length > 0
      ? `Suggested id: ${id}. Paste the stub under "claims:" in ${article.entry.file}, or run again with --append${again}; then fill every field marked FILL.`
      : `Suggested id: ${id}. Run again with --occurrence <n> for the stub of place n, or --append --occurrence <n> to add it to ${article.entry.file}.`,
    '',
  );
  return { code: 0, out: lines.join('\n'), err: '' };
}
