/**
 * How the op-ed's claims have fared: counts by verdict, split by type. Feeds the chart on the
 * claims page, the filters' counts and the README's tallies.
 */
import { CLAIM_TYPES, VERDICTS, type Claim, type ClaimType, type Verdict } from '../content/schema.ts';

export interface TallyRow {
  verdict: Verdict;
  total: number;
  byType: Record<ClaimType, number>;
}

export interface Tally {
  /** One row per verdict that occurs, in the vocabulary's order (best first). */
  rows: TallyRow[];
  /** Claims per type, every type listed. */
  byType: Record<ClaimType, number>;
  total: number;
}

const zeroByType = (): Record<ClaimType, number> =>
  Object.fromEntries(CLAIM_TYPES.map((t) => [t, 0])) as Record<ClaimType, number>;

export function tallyClaims(claims: readonly Pick<Claim, 'type' | 'verdict'>[]): Tally {
  const byType = zeroByType();
  const rows = new Map<Verdict, TallyRow>();
  for (const claim of claims) {
    byType[claim.type] += 1;
    const row = rows.get(claim.verdict) ?? { verdict: claim.verdict, total: 0, byType: zeroByType() };
    row.total += 1;
    row.byType[claim.type] += 1;
    rows.set(claim.verdict, row);
  }
  return {
    rows: VERDICTS.filter((v) => rows.has(v)).map((v) => rows.get(v)!),
    byType,
    total: claims.length,
  };
}
