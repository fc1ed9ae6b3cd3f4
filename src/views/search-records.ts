/**
 * What search finds: one record per paragraph of the op-ed (landing on its permalink), per claim
 * (landing on its marked words, note beside them) and per glossary entity (landing on its page).
 * Records are built from the content, not scraped from pages, so each place is indexed exactly
 * once and a paragraph's excerpt is the author's words only, never a note or a control.
 */
import type { Edition } from '../edition/edition.ts';
import { TYPE_LABELS, VERDICT_LABELS, KIND_LABELS } from '../content/vocabulary.ts';
import { firstSentence } from '../lib/sentences.ts';
import type { SearchFilter } from '../lib/search-query.ts';
import { articleClaimHref, paragraphHref } from '../lib/routes.ts';

/** Every record's filters are named from SEARCH_FILTERS, which the search UI shows. */
interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Partial<Record<SearchFilter, string[]>>;
}

export const KINDS = { paragraph: 'Paragraph', claim: 'Claim', entity: 'Glossary entry' } as const;

/** Markdown or HTML to plain words: tags, emphasis marks and link targets dropped. */
export function plainWords(text: string): string {
  return text
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/&[a-z]+;|&#x?[0-9a-f]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function clip(text: string, words: number): string {
  const all = text.split(/\s+/);
  return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
}

export function searchRecords(edition: Edition): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const article of edition.articles) {
    const title = article.entry.data.title;
    for (const p of article.paragraphs) {
      records.push({
        url: paragraphHref(article.slug, p.id),
        content: p.text,
        language: 'en',
        meta: { title: `Paragraph ${p.number}: “${clip(p.text, 8)}”`, kind: KINDS.paragraph, context: title },
        filters: { kind: [KINDS.paragraph] },
      });
    }
    for (const { claim, number } of article.claims) {
      const type = TYPE_LABELS[claim.type].label;
      const verdict = VERDICT_LABELS[claim.verdict].label;
      records.push({
        url: articleClaimHref(article.slug, claim.id),
        // The labels as words (so that "predictions that came true" finds them) and the start
        // of the note, its verdict in words. The quoted words are indexed once, in their
        // paragraph's record, which lands on the same place; the title shows them. Every word
        // here is in the index a first search downloads (the target is 90 KB, of which
        // Pagefind's own code is 75), so the rest of the note and the follow-ups are left to
        // the claims and timeline pages.
        content: [`${type}. ${verdict}.`, plainWords(clip(firstSentence(claim.note), 16))].join(' '),
        language: 'en',
        meta: { title: `Claim ${number}: “${clip(claim.quote, 14)}”`, kind: KINDS.claim, type, verdict, context: title },
        filters: { kind: [KINDS.claim], type: [type], verdict: [verdict] },
      });
    }
  }
  for (const entity of edition.entities) {
    const kind = KIND_LABELS[entity.data.kind].label;
    const names = [...new Set([entity.data.name, entity.data.shortName, ...entity.data.aliases].filter(Boolean))].join(', ');
    records.push({
      url: entity.href,
      // Its names, its kind and the start of its summary, which says what it is: a short
      // record, so that a reader typing an entity's name finds its entry first. The rest of
      // the summary and the longer entry would grow the index every first search downloads
      // by a fifth and more.
      content: [names, `${kind}.`, plainWords(clip(firstSentence(entity.data.summary), 20))].join(' '),
      language: 'en',
      meta: { title: entity.data.name, kind: KINDS.entity, entity: kind },
      filters: { kind: [KINDS.entity], entity: [kind] },
    });
  }
  return records;
}
