/**
 * The changes log: every dated change to the edition, newest first, read from the content so
 * that nothing is kept twice. Three kinds, each from a field the content already has:
 *
 * - a verdict changed: each entry of a claim's `history` after the first (the first is the
 *   verdict the claim started with, not a change), with the verdict before and after and why;
 * - a follow-up: each dated event of a claim's `followUps` from the article's publication on
 *   (events wholly before it are background the note relies on, not a change since);
 * - a correction: each of a claim's or an entity's `corrections`, saying what was wrong.
 *
 * The changes page and the feed are both made from {@link changeLog}, so they list the same
 * entries in the same order. Pure: it reads prepared data and renders nothing.
 *
 * Order. Newest first by {@link comparePartialDates} reversed: within a year, dated events come
 * before the year-only ones ("2015" reads as "during 2015" and closes that year, looking back).
 * Entries of one date keep reading order: article, claim number, then verdict change,
 * follow-up, correction, each in the order written; entity corrections after the claims.
 *
 * Ids are stable while the content grows: `change-<claim id>-verdict-<n>` (n = place in the
 * claim's `history` as written), `change-<claim id>-follow-up-<n>`, `change-<claim id>-correction-<n>`,
 * `change-entity-<slug>-correction-<n>`. The feed uses them as its items' permanent ids.
 */
import type { Claim, EntityData, Verdict } from '../content/schema.ts';
import { VERDICT_LABELS } from '../content/vocabulary.ts';
import { comparePartialDates, parsePartialDate } from '../lib/dates.ts';
import { articleClaimHref, changeHref, claimPageHref, entityHref } from '../lib/routes.ts';
import { periodEnd, quoteExcerpt } from './timeline.ts';

export type ChangeKind = 'verdict' | 'follow-up' | 'correction';

/** What a change is about: a claim of an article, or a glossary entity. */
export type ChangeSubject =
  | {
      type: 'claim';
      id: string;
      /** 1-based, in reading order. */
      number: number;
      /** The claim's words, shortened for a heading. */
      quote: string;
      /** The claim's own page. */
      href: string;
      /** The claim's words in the op-ed. */
      articleHref: string;
    }
  | { type: 'entity'; id: string; name: string; href: string };

export interface ChangeEntry {
  /** Unique and stable; the fragment of {@link ChangeEntry.href}. */
  id: string;
  kind: ChangeKind;
  /** As precise as the record allows: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  subject: ChangeSubject;
  /** For a verdict change: what it was and what it became. */
  from?: Verdict;
  to?: Verdict;
  /** Why the verdict changed, what happened, or what was wrong: inline Markdown as written. */
  text: string;
  /** Where it sits on the changes page. */
  href: string;
}

/** What the log needs of a claim (a PreparedClaim fits). */
export interface ChangesClaimInput {
  claim: Pick<Claim, 'id' | 'quote' | 'followUps'> & Partial<Pick<Claim, 'history' | 'corrections'>>;
  number: number;
}

/** What the log needs of the edition (an Edition fits). */
export interface ChangesEditionInput {
  articles: ReadonlyArray<{
    slug: string;
    entry: { data: { datePublished: string } };
    claims: readonly ChangesClaimInput[];
  }>;
  entities: ReadonlyArray<{ slug: string; data: Pick<EntityData, 'name'> & Partial<Pick<EntityData, 'corrections'>> }>;
}

const KIND_ORDER: Record<ChangeKind, number> = { verdict: 0, 'follow-up': 1, correction: 2 };

export function changeId(subject: Pick<ChangeSubject, 'type' | 'id'>, kind: ChangeKind, index: number): string {
  return subject.type === 'claim' ? `change-${subject.id}-${kind}-${index}` : `change-entity-${subject.id}-${kind}-${index}`;
}

/** Every change of the edition, newest first (see the module comment for the rules). */
export function changeLog(edition: ChangesEditionInput): ChangeEntry[] {
  const keyed: Array<{ entry: ChangeEntry; keys: number[] }> = [];
  const add = (entry: Omit<ChangeEntry, 'id' | 'href'>, index: number, keys: number[]) => {
    const id = changeId(entry.subject, entry.kind, index);
    keyed.push({ entry: { id, href: changeHref(id), ...entry }, keys: [...keys, KIND_ORDER[entry.kind], index] });
  };

  edition.articles.forEach((article, a) => {
    const published = article.entry.data.datePublished;
    for (const { claim, number } of article.claims) {
      const subject: ChangeSubject = {
        type: 'claim',
        id: claim.id,
        number,
        quote: quoteExcerpt(claim.quote),
        href: claimPageHref(claim.id),
        articleHref: articleClaimHref(article.slug, claim.id),
      };
      const keys = [a, number];
      const history = claim.history ?? [];
      history.forEach((step, i) => {
        if (i === 0) return;
        const before = history[i - 1]!;
        add({ kind: 'verdict', date: step.date, subject, from: before.verdict, to: step.verdict, text: step.why }, i + 1, keys);
      });
      claim.followUps.forEach((followUp, i) => {
        // Background: over before the article appeared, so not a change since.
        if (periodEnd(followUp.date) < published) return;
        add({ kind: 'follow-up', date: followUp.date, subject, text: followUp.text }, i + 1, keys);
      });
      (claim.corrections ?? []).forEach((correction, i) => {
        add({ kind: 'correction', date: correction.date, subject, text: correction.text }, i + 1, keys);
      });
    }
  });
  edition.entities.forEach((entity, e) => {
    const subject: ChangeSubject = { type: 'entity', id: entity.slug, name: entity.data.name, href: entityHref(entity.slug) };
    (entity.data.corrections ?? []).forEach((correction, i) => {
      add({ kind: 'correction', date: correction.date, subject, text: correction.text }, i + 1, [edition.articles.length, e]);
    });
  });

  return keyed
    .sort((x, y) => {
      const byDate = comparePartialDates(y.entry.date, x.entry.date);
      if (byDate !== 0) return byDate;
      for (let i = 0; i < Math.max(x.keys.length, y.keys.length); i++) {
        const d = (x.keys[i] ?? 0) - (y.keys[i] ?? 0);
        if (d !== 0) return d;
      }
      return 0;
    })
    .map(({ entry }) => entry);
}

/** What the subject is called in a heading: `Claim 12, “…”` or the entity's name. */
export function subjectLabel(subject: ChangeSubject): string {
  return subject.type === 'claim' ? `Claim ${subject.number}, “${subject.quote}”` : subject.name;
}

/** What kind of change, in a few words: "Verdict changed from Unresolved to Partly". */
export function changeSummary(entry: ChangeEntry): string {
  switch (entry.kind) {
    case 'verdict':
      // A history entry may re-date a verdict without changing it (the reason did).
      return entry.from === entry.to
        ? `Verdict confirmed: still ${VERDICT_LABELS[entry.to!].label}`
        : `Verdict changed from ${VERDICT_LABELS[entry.from!].label} to ${VERDICT_LABELS[entry.to!].label}`;
    case 'follow-up':
      return 'Follow-up';
    case 'correction':
      return 'Correction';
  }
}

/** One line naming the change and its subject, for the feed's item titles. */
export function changeTitle(entry: ChangeEntry): string {
  return `${changeSummary(entry)}: ${subjectLabel(entry.subject)}`;
}

export interface ChangeYear {
  year: number;
  entries: ChangeEntry[];
}

/** The log cut into years, newest first, keeping the order within each. */
export function groupChangesByYear(entries: readonly ChangeEntry[]): ChangeYear[] {
  const years: ChangeYear[] = [];
  for (const entry of entries) {
    const year = parsePartialDate(entry.date)!.year;
    const last = years.at(-1);
    if (last?.year === year) last.entries.push(entry);
    else years.push({ year, entries: [entry] });
  }
  return years;
}

/** How many changes of each kind, for the page's summary line. */
export function countByKind(entries: readonly ChangeEntry[]): Record<ChangeKind, number> {
  const counts: Record<ChangeKind, number> = { verdict: 0, 'follow-up': 0, correction: 0 };
  for (const entry of entries) counts[entry.kind]++;
  return counts;
}

/** The date a feed reader sorts by: the start of the period ("2015" → 1 January 2015, UTC). */
export function feedDate(date: string): Date {
  const parts = parsePartialDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1));
}

