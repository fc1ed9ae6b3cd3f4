/**
 * What search finds: one record per paragraph of the op-ed (landing on its permalink), per claim
 * (landing on its marked words, note beside them) and per glossary entity (landing on its page).
 * Records are built from the content, not scraped from pages, so each place is indexed exactly
 * once and a paragraph's excerpt is the author's words only, never a note or a control.
 */
import type { Edition } from '../content/edition.ts';
import { TYPE_LABELS, VERDICT_LABELS, KIND_LABELS } from '../content/vocabulary.ts';
import { firstSentence } from './sentences.ts';
import type { SearchFilter } from './search-query.ts';

/** Every record's filters are named from SEARCH_FILTERS, which the search UI shows. */
export interface SearchRecord {
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
        url: `${article.href}#${p.id}`,
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
        url: `${article.href}#claim-${claim.id}`,
        // The quote, the labels as words (so that "predictions that came true" finds them) and
        // the note's first sentence, its verdict in words. The rest of the note and the
        // follow-ups would triple the index a first search downloads (the budget is 100 KB, of
        // which Pagefind's own code is 75); they are read on the claims and timeline pages.
        content: [claim.quote, `${type}. ${verdict}.`, plainWords(firstSentence(claim.note))].join(' '),
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
      // Names twice (Pagefind has no field weights for custom records): a reader typing an
      // entity's name should find its entry before the sentences that mention it. The longer
      // entry is left out: it would triple the index a first search downloads, for little gain.
      content: [names, `${kind}.`, entity.data.summary, names].join(' '),
      language: 'en',
      meta: { title: entity.data.name, kind: KINDS.entity, entity: kind },
      filters: { kind: [KINDS.entity], entity: [kind] },
    });
  }
  return records;
}
