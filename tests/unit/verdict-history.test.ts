import { describe, expect, it } from 'vitest';
import { stripSummary, verdictStrip, verdictStripSvg } from '../../src/views/verdict-history.ts';
import { toHtml } from 'hast-util-to-html';

const span = { start: '2014-10-05', end: '2026-12-01' };

describe('the verdict strip', () => {
  it('without a recorded history, shows the current verdict over the whole span', () => {
    const strip = verdictStrip({ verdict: 'accurate' }, span);
    expect(strip.segments).toHaveLength(1);
    expect(strip.segments[0]).toMatchObject({
      verdict: 'accurate',
      from: '2014-10-05',
      to: '2026-12-01',
      start: 0,
      width: 1,
      current: true,
    });
  });

  it('gives each verdict the share of the span it held, oldest first, the last one current', () => {
    const strip = verdictStrip(
      {
        verdict: 'partly',
        history: [
          { date: '2015-08-05', verdict: 'partly', why: 'Cancelled and repaid.' },
          { date: '2014-10-05', verdict: 'unresolved', why: 'A proposal.' },
        ],
      },
      span,
    );
    expect(strip.segments.map((s) => [s.verdict, s.from, s.to, s.current])).toEqual([
      ['unresolved', '2014-10-05', '2015-08-05', false],
      ['partly', '2015-08-05', '2026-12-01', true],
    ]);
    const [first, second] = strip.segments;
    // Ten months of a twelve-year span.
    expect(first!.width).toBeCloseTo(304 / 4440, 2);
    expect(first!.width + second!.width).toBeCloseTo(1, 6);
    expect(second!.start).toBeCloseTo(first!.width, 6);
  });

  it('marks every 1 January inside the span', () => {
    expect(verdictStrip({ verdict: 'accurate' }, span).years.map((y) => y.year)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026,
    ]);
  });

  it('draws one titled segment per verdict, and says the whole history in its accessible name', () => {
    const strip = verdictStrip(
      {
        verdict: 'did-not-happen',
        history: [
          { date: '2014-10-05', verdict: 'unresolved', why: 'Open.' },
          { date: '2020', verdict: 'did-not-happen', why: 'Never built.' },
        ],
      },
      span,
    );
    const html = toHtml(verdictStripSvg(strip), { space: 'svg' });
    expect(html.match(/<rect class="seg v-/g)).toHaveLength(2);
    expect(html).toContain('<title>Did not happen, from 2020: Never built.</title>');
    expect(stripSummary(strip)).toBe(
      'Verdict over time, 5 October 2014 to 1 December 2026: unresolved from 5 October 2014, then did not happen from 2020.',
    );
  });
});
