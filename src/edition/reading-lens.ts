/**
 * How the reading page sorts claims for its lens and its markers: each verdict falls in one of
 * four groups, each group has a shape (so a marker shows the verdict without colour), and the
 * lens shows all claims or one type or one group. Pure data, shared by the marks, the margin,
 * the markers and the lens's own CSS.
 */
import type { Claim, Verdict } from '../content/schema.ts';

export type VerdictGroup = 'held' | 'partly' | 'failed' | 'open';

export const VERDICT_GROUPS: Record<Verdict, VerdictGroup> = {
  accurate: 'held',
  'accurate-at-the-time': 'held',
  'came-true': 'held',
  partly: 'partly',
  inaccurate: 'failed',
  'did-not-happen': 'failed',
  contested: 'open',
  unresolved: 'open',
  unverified: 'open',
};

/** The shape each group shows beside a number, and what the legend calls it. */
export const GROUP_SHAPES: Record<VerdictGroup, { shape: string; label: string }> = {
  held: { shape: '✓', label: 'Held' },
  partly: { shape: '◐', label: 'Partly' },
  failed: { shape: '✗', label: 'Did not hold' },
  open: { shape: '?', label: 'Open' },
};

/** The lens's choices, in order: every token a claim can carry, plus "all". */
export const LENSES = [
  { id: 'all', label: 'All' },
  { id: 'fact', label: 'Facts' },
  { id: 'opinion', label: 'Opinions' },
  { id: 'prediction', label: 'Predictions' },
  { id: 'failed', label: 'Did not hold' },
  { id: 'open', label: 'Open' },
] as const;

/** What a claim answers to in the lens: its type and its verdict's group ("fact held"). */
export function lensTokens(claim: Pick<Claim, 'type' | 'verdict'>): string {
  return `${claim.type} ${VERDICT_GROUPS[claim.verdict]}`;
}

/** The shape of a claim's verdict. */
export function verdictShape(claim: Pick<Claim, 'verdict'>): string {
  return GROUP_SHAPES[VERDICT_GROUPS[claim.verdict]].shape;
}
