/**
 * `npm run review`'s rules: which claims are due (six months for what can still move, a year
 * for the rest, now for the never reviewed), most overdue first, with the last follow-up.
 */
import { describe, expect, it } from 'vitest';
import { addMonths, dueForReview, formatDue, nextDue, type ReviewInput } from '../../src/editor/review.ts';

const claim = (id: string, number: number, fields: Partial<ReviewInput['claim']>): ReviewInput => ({
  claim: { id, type: 'fact', verdict: 'accurate', followUps: [], ...fields },
  number,
});

const claims = [
  claim('settled-fact', 1, { reviewed: '2026-01-10' }),
  claim('open-prediction', 2, { type: 'prediction', verdict: 'came-true', reviewed: '2026-01-10' }),
  claim('partly-fact', 3, { verdict: 'partly', reviewed: '2025-11-01' }),
  claim('never-reviewed', 4, {}),
  claim('recommendation', 5, { type: 'recommendation', verdict: 'did-not-happen', reviewed: '2026-06-01' }),
  claim('with-follow-ups', 6, {
    reviewed: '2025-01-01',
    followUps: [
      { date: '2015', text: 'a' },
      { date: '2016-05', text: 'b' },
      { date: '2015-12-01', text: 'c' },
    ],
  }),
];

describe('claims due for review', () => {
  it('counts calendar months, ending on the last day of a shorter month', () => {
    expect(addMonths('2026-01-10', 6)).toBe('2026-07-10');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-12-01', 12)).toBe('2027-12-01');
  });

  it('lists predictions, recommendations and open verdicts after six months, the rest after a year, the never reviewed at once', () => {
    expect(dueForReview(claims, '2026-07-09').map((d) => d.id)).toEqual(['never-reviewed', 'with-follow-ups', 'partly-fact']);
    const onTheDay = dueForReview(claims, '2026-07-10').map((d) => d.id);
    expect(onTheDay).toContain('open-prediction');
    expect(onTheDay).not.toContain('settled-fact');
    expect(dueForReview(claims, '2027-01-10').map((d) => d.id)).toContain('settled-fact');
    expect(dueForReview(claims, '2026-11-30').map((d) => d.id)).not.toContain('recommendation');
    expect(dueForReview(claims, '2026-12-01').map((d) => d.id)).toContain('recommendation');
  });

  it('sorts the most overdue first and gives the date each fell due and the last follow-up', () => {
    const due = dueForReview(claims, '2026-07-10');
    expect(due.map((d) => d.id)).toEqual(['never-reviewed', 'with-follow-ups', 'partly-fact', 'open-prediction']);
    expect(due[1]).toMatchObject({ dueSince: '2026-01-01', daysOverdue: 190, lastFollowUp: '2016-05', intervalMonths: 12 });
    expect(due[2]).toMatchObject({ dueSince: '2026-05-01', intervalMonths: 6 });
    expect(due[0]).toMatchObject({ daysOverdue: Infinity });
    expect([due[0]!.reviewed, due[0]!.dueSince, due[0]!.lastFollowUp]).toEqual([undefined, undefined, undefined]);
  });

  it('prints a table an editor can work down, or when the next review falls due', () => {
    const text = formatDue(dueForReview(claims, '2026-07-10'), claims.length, '2026-07-10');
    expect(text).toMatch(/^4 of 6 claims are due for review on 2026-07-10/);
    expect(text).toMatch(/4\. never-reviewed +fact +accurate +never +now +none/);
    expect(text).toMatch(/6\. with-follow-ups .* 2026-01-01 \(190 d\) +2016-05/);
    const recent = [claims[0]!, claims[4]!];
    expect(dueForReview(recent, '2026-07-01')).toEqual([]);
    expect(formatDue([], recent.length, '2026-07-01', nextDue(recent))).toBe(
      'No claim is due for review on 2026-07-01; the next falls due on 2026-12-01.\n',
    );
  });
});
