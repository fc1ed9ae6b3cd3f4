/**
 * The claims page's chart, drawn at build time as SVG: one bar per verdict, its length the number
 * of claims, split by claim type. Types are told apart by fill pattern as well as colour (and
 * named in the legend and in each segment's title), so the chart survives greyscale print and
 * colour blindness; the same figures are also given as a table beside it.
 */
import { s } from 'hastscript';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { CLAIM_TYPES, type ClaimType } from '../content/schema.ts';
import { TYPE_LABELS, VERDICT_LABELS } from '../content/vocabulary.ts';
import { verdictRows, type VerdictTally } from './verdict-tally.ts';

const WIDTH = 360;
const ROW = 40;
const BAR = 14;
const LEGEND = 46;

/** A pattern per type, filled with that type's colour (set in CSS through the class). */
function patterns(idPrefix: string): Element {
  const cell = (type: ClaimType, children: Element[]) =>
    s('pattern', { id: `${idPrefix}-${type}`, width: 6, height: 6, patternUnits: 'userSpaceOnUse' }, [
      s('rect', { width: 6, height: 6, class: `bg t-${type}` }),
      ...children,
    ]);
  return s('defs', [
    cell('fact', []),
    cell('opinion', [s('circle', { cx: 3, cy: 3, r: 1.2, class: 'ink' })]),
    cell('prediction', [s('path', { d: 'M-1 1l2-2M0 6l6-6M5 7l2-2', class: 'hatch' })]),
    cell('recommendation', [s('path', { d: 'M0 3h6M3 0v6', class: 'hatch' })]),
  ]);
}

interface ChartOptions {
  /** Unique per page, for the pattern ids. */
  idPrefix?: string;
  /** Accessible name of the figure. */
  label: string;
}

/** "2 predictions", "1 prediction": a count of claims of one type, in lower case. */
function claimsOf(type: ClaimType, count: number): string {
  return (count === 1 ? TYPE_LABELS[type].label : TYPE_LABELS[type].plural).toLowerCase();
}

function verdictChart(tally: VerdictTally, { idPrefix = 'vc', label }: ChartOptions): Element {
  const rowsOf = verdictRows(tally);
  const max = Math.max(1, ...rowsOf.map((r) => r.total));
  const scale = WIDTH / max;
  const types = CLAIM_TYPES.filter((t) => tally.byType[t] > 0);
  const legend = types.map((type, i) => {
    const x = (i % 2) * (WIDTH / 2);
    const y = Math.floor(i / 2) * 20;
    return s('g', { transform: `translate(${x} ${y})` }, [
      s('rect', { width: 14, height: 14, rx: 2, fill: `url(#${idPrefix}-${type})`, class: 'swatch' }),
      s('text', { x: 20, y: 11.5 }, `${TYPE_LABELS[type].plural} (${tally.byType[type]})`),
    ]);
  });
  const rows = rowsOf.map((row, i) => {
    const y = LEGEND + i * ROW;
    let x = 0;
    const segments = types
      .filter((type) => row.byType[type] > 0)
      .map((type) => {
        const w = row.byType[type] * scale;
        const seg = s('rect', { x, y: y + 20, width: Math.max(0, w - 1), height: BAR, fill: `url(#${idPrefix}-${type})`, class: 'seg' }, [
          s('title', `${VERDICT_LABELS[row.verdict].label}: ${row.byType[type]} ${claimsOf(type, row.byType[type])}`),
        ]);
        x += w;
        return seg;
      });
    return s('g', { class: `row v-${row.verdict}` }, [
      s('text', { x: 0, y: y + 14, class: 'lbl' }, VERDICT_LABELS[row.verdict].label),
      s('text', { x: WIDTH, y: y + 14, class: 'num', 'text-anchor': 'end' }, String(row.total)),
      ...segments,
    ]);
  });
  const height = LEGEND + rowsOf.length * ROW;
  return s(
    'svg',
    {
      class: 'verdict-chart',
      viewBox: `0 0 ${WIDTH} ${height}`,
      width: WIDTH,
      height,
      role: 'img',
      'aria-label': label,
    },
    [patterns(idPrefix), s('g', { class: 'legend' }, legend), ...rows],
  );
}

export function verdictChartSvg(tally: VerdictTally, options: ChartOptions): string {
  return toHtml(verdictChart(tally, options), { space: 'svg' });
}

/** One sentence that says what the chart shows, for its accessible name. */
export function chartSummary(tally: VerdictTally): string {
  const parts = verdictRows(tally).map((r) => `${VERDICT_LABELS[r.verdict].label.toLowerCase()} ${r.total}`);
  return `Claims by verdict, ${tally.total} in all: ${parts.join(', ')}.`;
}
