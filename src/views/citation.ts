/**
 * Ready-made citations of the op-ed and of this annotated edition, in APA 7, MLA 9, Chicago 18
 * (notes and bibliography) and BibTeX. Pure: a citation is a list of runs, some italic, so
 * pages can render the italics and tests can read the text.
 *
 * How each style treats the two works:
 * - The op-ed is a signed opinion article in an online newspaper: cited as a newspaper article
 *   (no bracketed description is needed for a signed op-ed). APA gives the headline in sentence
 *   case and keeps "The" in the paper's name; MLA gives it in title case, keeps "The", shortens
 *   the month and drops "https://" from the URL; Chicago drops an initial "The" from a
 *   newspaper's name in notes and bibliographies.
 * - The edition reproduces Kashin's text with our notes: cited as a republished work on a
 *   website, still by Kashin, with the original publication given as each style asks
 *   (APA "(Original work published 2014)", MLA and Chicago "Originally published in …").
 *   It has no date of its own that would not change with every build, so it is dated by the
 *   most recent event its notes record (the caller passes it); undated, APA says "n.d.".
 *   No access date: it would be the build date, and change with each build.
 * - A paragraph permalink is cited like the edition with the paragraph's URL; the paragraph
 *   number goes where each style puts locators: the in-text citation and the short note.
 */
import { apaEdition, apaOriginal, type ApaCitations } from './citation/apa.ts';
import { bibtexEdition, bibtexOriginal } from './citation/bibtex.ts';
import { chicagoEdition, chicagoOriginal, type ChicagoCitations } from './citation/chicago.ts';
import type { CitedArticle, CitedEdition } from './citation/common.ts';
import { mlaEdition, mlaOriginal, type MlaCitations } from './citation/mla.ts';

export { markdown, plain, type Citation, type CitedArticle, type CitedEdition } from './citation/common.ts';

export interface CitationSet extends ApaCitations, MlaCitations, ChicagoCitations {
  bibtex: string;
}

/** Citations of the op-ed as originally published. */
export function originalCitations(article: CitedArticle): CitationSet {
  return { ...apaOriginal(article), ...mlaOriginal(article), ...chicagoOriginal(article), bibtex: bibtexOriginal(article) };
}

/** Citations of this annotated edition of the op-ed, or of one of its paragraphs. */
export function editionCitations(article: CitedArticle, edition: CitedEdition): CitationSet {
  return {
    ...apaEdition(article, edition),
    ...mlaEdition(article, edition),
    ...chicagoEdition(article, edition),
    bibtex: bibtexEdition(article, edition),
  };
}
