/**
 * How the claims fared, counted: claims per verdict, split by type, with the totals a table
 * needs. Pure; every type and verdict of the vocabulary is present (with 0 where none), in the
 * vocabulary's order, so that a display never has to guess which rows or columns exist.
 */
import { CLAIM_TYPES, VERDICTS, type Claim, type ClaimType, type Verdict } from '../content/schema.ts';
import { VERDICT_LABELS } from '../content/vocabulary.ts';

export interface VerdictTally {
  /** counts[type][verdict]: how many claims of that type have that verdict. */
  counts: Record<ClaimType, Record<Verdict, number>>;
  /** Claims per type, all verdicts together. */
  byType: Record<ClaimType, number>;
  /** Claims per verdict, all types together. */
  byVerdict: Record<Verdict, number>;
  total: number;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function verdictTally(claims: ReadonlyArray<Pick<Claim, 'type' | 'verdict'>>): VerdictTally {
  const counts = Object.fromEntries(CLAIM_TYPES.map((t) => [t, zeros(VERDICTS)])) as VerdictTally['counts'];
  const byType = zeros(CLAIM_TYPES);
  const byVerdict = zeros(VERDICTS);
  for (const { type, verdict } of claims) {
    counts[type][verdict] += 1;
    byType[type] += 1;
    byVerdict[verdict] += 1;
  }
  return { counts, byType, byVerdict, total: claims.length };
}

/**
 * One type's verdicts in words, in the vocabulary's order, leaving out the zeros:
 * "3 came true, 1 did not happen, 2 unresolved". Empty when the type has no claims.
 */
export function tallyPhrase(tally: VerdictTally, type: ClaimType): string {
  return VERDICTS.filter((v) => tally.counts[type][v] > 0)
    .map((v) => `${tally.counts[type][v]} ${VERDICT_LABELS[v].label.toLowerCase()}`)
    .join(', ');
}

interface VerdictRow {
  verdict: Verdict;
  total: number;
  byType: Record<ClaimType, number>;
}

/** The verdicts that occur, best first, each with its claims per type: a chart's bars. */
export function verdictRows(tally: VerdictTally): VerdictRow[] {
  return VERDICTS.filter((v) => tally.byVerdict[v] > 0).map((verdict) => ({
    verdict,
    total: tally.byVerdict[verdict],
    byType: Object.fromEntries(CLAIM_TYPES.map((t) => [t, tally.counts[t][verdict]])) as Record<ClaimType, number>,
  }));
}
