/**
 * What every citation style shares: the cited works as data, a citation as runs of plain and
 * italic text, and the pieces of names, dates and titles the styles build from.
 */
import { parsePartialDate } from '../../lib/dates.ts';

/** A piece of a citation: plain or italic text. */
interface Run {
  text: string;
  italic?: boolean;
}
export type Citation = Run[];

/** The op-ed, as its front-matter describes it. */
export interface CitedArticle {
  /** As in the byline: "Vasily Kashin". */
  author: string;
  /** The headline as published. */
  title: string;
  /** "The Moscow Times". */
  publication: string;
  /** YYYY-MM-DD. */
  datePublished: string;
  /** The original's URL. */
  url: string;
  /** Where it first appeared, when a reprint: "Vedomosti". */
  firstAppeared?: string;
  /** Words of the headline that are names, kept capitalised in sentence case. */
  properNouns: ReadonlySet<string>;
}

/** This edition's page (or one of its paragraphs). */
export interface CitedEdition {
  /** The site's name: "Kashin 2014, annotated". */
  siteName: string;
  /** Absolute URL of the annotated article, or of a paragraph of it (`…/#<paragraph-id>`). */
  url: string;
  /** The edition's date (YYYY, YYYY-MM or YYYY-MM-DD); see the module comment. */
  date?: string;
  /** The paragraph cited, 1-based, when citing a paragraph permalink. */
  paragraph?: number;
}

export function plain(citation: Citation): string {
  return citation.map((run) => run.text).join('');
}

/** The citation with italics as `*…*`, for tests and for pasting into Markdown. */
export function markdown(citation: Citation): string {
  return citation.map((run) => (run.italic ? `*${run.text}*` : run.text)).join('');
}

// MLA abbreviates months longer than four letters.
export function dateParts(date: string) {
  const parts = parsePartialDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  return parts;
}

interface Name {
  given: string;
  family: string;
}

/** "Vasily Kashin" → given "Vasily", family "Kashin" (the last word is the family name). */
export function splitName(name: string): Name {
  const words = name.trim().split(/\s+/);
  return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

/** MLA and Chicago bibliography: "Kashin, Vasily". */
export function invertedName(name: string): string {
  const { given, family } = splitName(name);
  return given ? `${family}, ${given}` : family;
}

/** Ends a sentence-like part with a period unless it already ends with one, "?" or "!". */
export function period(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export const t = (text: string): Run => ({ text });
export const i = (text: string): Run => ({ text, italic: true });
