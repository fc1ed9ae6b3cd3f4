/**
 * What each link-preview card says: a claim's card shows its words, verdict, conclusion and the
 * edition's name; the edition's and the article's show the headline, byline and what the
 * edition adds. Plain data: `src/pages/cards/_render.ts` lays it out and draws it.
 */
import type { Verdict } from '../content/schema.ts';
import { VERDICT_LABELS, TYPE_LABELS } from '../content/vocabulary.ts';
import { formatPartialDate } from '../lib/dates.ts';
import type { PreparedArticle, PreparedClaim } from '../edition/article.ts';

/** How a verdict reads at a glance: the same families as the labels' colours on the site. */
export type Tone = 'good' | 'bad' | 'mixed' | 'open';

export const VERDICT_TONES: Record<Verdict, Tone> = {
  accurate: 'good',
  'came-true': 'good',
  'accurate-at-the-time': 'good',
  partly: 'mixed',
  contested: 'mixed',
  'did-not-happen': 'bad',
  inaccurate: 'bad',
  unresolved: 'open',
  unverified: 'open',
};

export interface CardContent {
  /** Small line at the top: "Claim 3 of 53 · Prediction". */
  kicker: string;
  /** The big text: a claim's words, or a headline. */
  headline: string;
  /** Quoted words get quotation marks; a headline does not. */
  quoted: boolean;
  /** The verdict label, big and coloured (claims only). */
  badge?: { label: string; tone: Tone };
  /** One line under the headline: a claim's conclusion, or the byline. */
  line?: string;
  /** Bottom line: the edition's name. */
  footer: string;
}

/** Longer words than fit on a card are cut at a word, with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, max).replace(/[\s,;:.–—-]+\S*$/, '')}…`;
}

export function claimCard(prepared: PreparedClaim, total: number, siteName: string): CardContent {
  const { claim, number } = prepared;
  return {
    kicker: `Claim ${number} of ${total} · ${TYPE_LABELS[claim.type].label}`,
    headline: clip(claim.quote, 230),
    quoted: true,
    badge: { label: VERDICT_LABELS[claim.verdict].label, tone: VERDICT_TONES[claim.verdict] },
    line: claim.conclusion,
    footer: siteName,
  };
}

export function articleCard(article: PreparedArticle, siteName: string): CardContent {
  const { data } = article.entry;
  return {
    kicker: `Opinion · ${data.publication.name} · ${formatPartialDate(data.datePublished)}`,
    headline: data.title,
    quoted: false,
    line: `By ${data.author.name}. Annotated: ${article.claims.length} claims, each with a verdict, a note and sources.`,
    footer: siteName,
  };
}

export function editionCard(articles: readonly PreparedArticle[], siteName: string): CardContent {
  const first = articles[0]!;
  const { data } = first.entry;
  const claims = articles.reduce((n, a) => n + a.claims.length, 0);
  return {
    kicker: 'An annotated edition',
    headline: `An op-ed from 2014, read with what happened next`,
    quoted: false,
    line: `${data.author.name}, “${data.title}”, ${data.publication.name}, ${formatPartialDate(data.datePublished)}. ${claims} claims, each with a verdict and sources.`,
    footer: siteName,
  };
}
