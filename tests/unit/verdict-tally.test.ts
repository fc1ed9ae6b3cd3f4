/** Claims counted by verdict and type, for "How the predictions fared". */
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/edition/edition.ts';
import { CLAIM_TYPES, VERDICTS } from '../../src/content/schema.ts';
import { tallyPhrase, verdictTally } from '../../src/views/verdict-tally.ts';

describe('verdictTally', () => {
  const tally = verdictTally([
    { type: 'prediction', verdict: 'came-true' },
    { type: 'prediction', verdict: 'came-true' },
    { type: 'prediction', verdict: 'unresolved' },
    { type: 'fact', verdict: 'accurate' },
    { type: 'recommendation', verdict: 'did-not-happen' },
  ]);

  it('counts each type’s claims per verdict', () => {
    expect(tally.counts.prediction['came-true']).toBe(2);
    expect(tally.counts.prediction.unresolved).toBe(1);
    expect(tally.counts.fact.accurate).toBe(1);
    expect(tally.counts.recommendation['did-not-happen']).toBe(1);
  });

  it('has every type and verdict, zero where there is none, in the vocabulary’s order', () => {
    expect(Object.keys(tally.counts)).toEqual([...CLAIM_TYPES]);
    for (const type of CLAIM_TYPES) expect(Object.keys(tally.counts[type])).toEqual([...VERDICTS]);
    expect(tally.counts.opinion.accurate).toBe(0);
  });

  it('totals by type, by verdict and overall', () => {
    expect(tally.byType).toEqual({ fact: 1, opinion: 0, prediction: 3, recommendation: 1 });
    expect(tally.byVerdict['came-true']).toBe(2);
    expect(tally.byVerdict.inaccurate).toBe(0);
    expect(tally.total).toBe(5);
  });

  it('puts one type’s verdicts into words, zeros left out', () => {
    expect(tallyPhrase(tally, 'prediction')).toBe('2 came true, 1 unresolved');
    expect(tallyPhrase(tally, 'opinion')).toBe('');
  });

  it('adds up on the real edition: every claim counted once', () => {
    const claims = buildEdition({ requireRecordedPermalinks: false }).articles.flatMap((a) => a.claims.map((c) => c.claim));
    const real = verdictTally(claims);
    expect(real.total).toBe(claims.length);
    const cells = CLAIM_TYPES.flatMap((t) => VERDICTS.map((v) => real.counts[t][v]));
    expect(cells.reduce((a, b) => a + b, 0)).toBe(claims.length);
  });
});
