/**
 * What `npm run claim -- "<words>"` computes: where the words are in the article (with the
 * build's own anchoring, so a quote found here is a quote the build finds), the shortest
 * prefix or suffix that singles out each place when they occur more than once, an id that no
 * other claim has, and a YAML stub with every field the editor must fill.
 *
 * The stub's fields to fill are left empty on purpose: empty, they fail the content check by
 * name, so a stub pasted and forgotten can never be published half-written.
 */
import { parseDocument } from 'yaml';
import { anchorQuote, type QuoteSelector } from '../edition/anchor.ts';
import { CLAIM_TYPES, THEMES, VERDICTS } from '../content/schema.ts';

/** A paragraph as the edition numbers it (a PreparedParagraph fits). */
export interface StubParagraph {
  id: string;
  /** 1-based, as in "paragraph 3". */
  number: number;
  text: string;
}

export interface Place {
  paragraph: StubParagraph;
  start: number;
  end: number;
  /** Present only when the words occur more than once: the shortest context that singles this place out. */
  prefix?: string;
  suffix?: string;
}

export type FindResult =
  | {
      ok: true;
      /** The words exactly as the article writes them (whitespace as in the text, in one line). */
      quote: string;
      /** Every place the words occur, in reading order; more than one means each needs its context. */
      places: Place[];
    }
  | { ok: false; nearest: Array<{ paragraph: StubParagraph; text: string; similarity: number }> };

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** Finds `words` in the paragraphs, as the build would anchor them. */
export function findWords(paragraphs: readonly StubParagraph[], words: string): FindResult {
  const texts = paragraphs.map((p) => p.text);
  const exact = squash(words.trim());
  const result = anchorQuote(texts, { exact });
  if (!result.ok && result.reason === 'missing') {
    return {
      ok: false,
      nearest: result.candidates.map((c) => ({ paragraph: paragraphs[c.paragraph]!, text: c.text, similarity: c.similarity })),
    };
  }
  const matches = result.ok ? [result] : result.matches;
  const quote = squash(texts[matches[0]!.paragraph]!.slice(matches[0]!.start, matches[0]!.end));
  const places = matches.map((m) => {
    const place: Place = { paragraph: paragraphs[m.paragraph]!, start: m.start, end: m.end };
    return matches.length === 1 ? place : { ...place, ...distinguishingContext(texts, quote, m) };
  });
  return { ok: true, quote, places };
}

/** Word boundaries around a place: where each earlier word starts and each later word ends. */
function wordEdges(text: string, start: number, end: number): { before: number[]; after: number[] } {
  const before: number[] = [];
  const after: number[] = [];
  for (const word of text.matchAll(/\S+/g)) {
    const from = word.index!;
    const to = from + word[0].length;
    if (to <= start) before.unshift(from);
    else if (from >= end) after.push(to);
  }
  return { before, after };
}

/**
 * The shortest prefix or suffix (whole words, fewest characters) that makes the build anchor
 * the quote at this place and nowhere else; both when neither alone is enough.
 */
export function distinguishingContext(
  texts: readonly string[],
  quote: string,
  place: { paragraph: number; start: number; end: number },
): { prefix?: string; suffix?: string } {
  const text = texts[place.paragraph]!;
  const { before, after } = wordEdges(text, place.start, place.end);
  const prefixes = before.map((from) => text.slice(from, place.start));
  const suffixes = after.map((to) => text.slice(place.end, to));
  const here = (selector: QuoteSelector) => {
    const result = anchorQuote(texts, selector);
    return result.ok && result.paragraph === place.paragraph && result.start === place.start;
  };
  const options: Array<{ prefix?: string; suffix?: string }> = [];
  const prefix = prefixes.find((p) => here({ exact: quote, prefix: p }));
  if (prefix) options.push({ prefix });
  const suffix = suffixes.find((s) => here({ exact: quote, suffix: s }));
  if (suffix) options.push({ suffix });
  if (options.length > 0) {
    const size = (o: { prefix?: string; suffix?: string }) => (o.prefix ?? o.suffix ?? '').length;
    return options.sort((a, b) => size(a) - size(b))[0]!;
  }
  // Neither side alone: grow both together.
  for (let i = 0; i < Math.max(prefixes.length, suffixes.length); i++) {
    const both = { prefix: prefixes[Math.min(i, prefixes.length - 1)], suffix: suffixes[Math.min(i, suffixes.length - 1)] };
    if (here({ exact: quote, ...both })) return both;
  }
  // The same paragraph twice, word for word: only an edit of the text can tell them apart.
  return {};
}

/** Words that say little about a claim, left out of its suggested id. */
const STOPWORDS = new Set(
  `a an the and or but nor so yet of in on at to for from by with without into onto about as than then
  that this these those it its it's is are was were be been being has have had do does did will would
  shall should can could may might must not no also very more most much many such there their they them
  he she his her we our us you your i if while which who whom whose what when where why how all any
  each some other only own same just over under again further once here both few up down out off`.split(/\s+/),
);

/** Plain lowercase words: accents dropped, apostrophes joined ("Russia's" → "russias"). */
function idWords(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .match(/[a-z0-9]+/g) ?? []
  );
}

/**
 * An id from the quote's key words (up to four, stopwords left out), made unique against the
 * ids already taken by adding -2, -3….
 */
export function suggestClaimId(quote: string, taken: Iterable<string>, maxWords = 4): string {
  const all = idWords(quote);
  const key = all.filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)));
  const base = (key.length > 0 ? key : all).slice(0, maxWords).join('-') || 'claim';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface StubInput {
  id: string;
  quote: string;
  prefix?: string;
  suffix?: string;
  /** The article's publication date: the first verdict in the history is dated then. */
  datePublished: string;
}

const FILL = 'FILL';
/** A YAML double-quoted scalar (JSON strings are valid YAML), keeping leading/trailing spaces. */
const str = (value: string) => JSON.stringify(value);

/**
 * The claim as YAML, indented as an item of an article's `claims:` list. Every field the editor
 * must fill is empty and says what goes there in a `# FILL:` comment.
 */
export function claimStub(input: StubInput): string {
  const lines = [
    `- id: ${input.id} # suggested from the quote; it becomes the permalink #claim-${input.id}: never rename it once published`,
    `  quote: ${str(input.quote)}`,
    ...(input.prefix !== undefined ? [`  prefix: ${str(input.prefix)} # the words occur more than once: this picks the place`] : []),
    ...(input.suffix !== undefined ? [`  suffix: ${str(input.suffix)} # the words occur more than once: this picks the place`] : []),
    `  type: "" # ${FILL}: ${CLAIM_TYPES.join(', ')}`,
    `  verdict: "" # ${FILL}: ${VERDICTS.join(', ')}`,
    `  conclusion: "" # ${FILL}: what a reader takes away, one line of at most 60 characters`,
    `  reviewed: "" # ${FILL}: the day you checked it against the record, YYYY-MM-DD`,
    `  history:`,
    `    - date: ${str(input.datePublished)} # when the article appeared`,
    `      verdict: "" # ${FILL}: how it read then`,
    `      why: "" # ${FILL}: one line; add an entry per later change, the last one being the verdict`,
    `  theme: "" # ${FILL}: ${THEMES.join(', ')}`,
    `  note: "" # ${FILL}: 2 to 5 sentences: what is true, what changed, why it matters`,
    `  followUps: [] # dated events after the article, oldest first: { date, text, sources }`,
    `  sources:`,
    `    - title: "" # ${FILL}: the page's own title`,
    `      publisher: "" # ${FILL}: who published the original`,
    `      date: "" # ${FILL}: YYYY, YYYY-MM or YYYY-MM-DD; remove the line if the page has no date`,
    `      url: "" # ${FILL}: where to read it (a copy read elsewhere goes under copy: { publisher, url })`,
    `  entities: [] # glossary entries it concerns, by slug`,
  ];
  return lines.map((line) => `  ${line}`).join('\n') + '\n';
}

const FENCE = /^---\r?\n([\s\S]*?\r?\n)---[ \t]*(?:\r?\n|$)/;

/**
 * The article file with the stub added at the end of its `claims:` list, the rest of the file
 * unchanged byte for byte. Throws when the front-matter cannot take it.
 */
export function appendClaim(source: string, stub: string, id: string): string {
  const match = FENCE.exec(source);
  if (!match) throw new Error('the article does not start with a front-matter block between two "---" lines');
  const yamlText = match[1]!;
  const start = source.indexOf(yamlText);
  const lines = yamlText.split(/(?<=\n)/);
  const at = lines.findIndex((line) => /^claims:/.test(line));
  let next: string[];
  if (at === -1) {
    next = [...lines, 'claims:\n', stub];
  } else if (/^claims:\s*\[\s*\]\s*(#.*)?$/.test(lines[at]!.trimEnd())) {
    next = [...lines.slice(0, at), 'claims:\n', stub, ...lines.slice(at + 1)];
  } else {
    // The list runs until the next top-level key; trailing blank lines stay after the new item.
    let end = lines.findIndex((line, i) => i > at && /^[^\s#]/.test(line));
    if (end === -1) end = lines.length;
    while (end > at + 1 && lines[end - 1]!.trim() === '') end--;
    next = [...lines.slice(0, end), stub, ...lines.slice(end)];
  }
  const yaml = next.join('');
  const doc = parseDocument(yaml);
  const claims = doc.toJS()?.claims;
  if (doc.errors.length > 0 || !Array.isArray(claims) || claims.at(-1)?.id !== id) {
    throw new Error('the claims list could not be extended safely; paste the stub by hand');
  }
  return source.slice(0, start) + yaml + source.slice(start + yamlText.length);
}

