/**
 * A claim's verdict over time, as a strip from the op-ed's date to the edition's last review:
 * one segment per verdict the claim has had, each as long as the verdict held. Drawn as SVG
 * (widths as attributes: the CSP forbids inline styles), with the same history as a list beside
 * it, so the strip is never the only way to read it.
 */
import { s } from 'hastscript';
import type { Element } from 'hast';
import type { Claim, Verdict } from '../content/schema.ts';
import { VERDICT_LABELS } from '../content/vocabulary.ts';
import { comparePartialDates, formatPartialDate, parsePartialDate } from '../lib/dates.ts';

export interface HistorySegment {
  verdict: Verdict;
  label: string;
  /** When the claim came to read so. */
  from: string;
  /** When the next verdict took over, or the strip's end. */
  to: string;
  why: string;
  /** Where the segment starts and how much of the strip it covers, 0–1. */
  start: number;
  width: number;
  current: boolean;
}

export interface VerdictStrip {
  segments: HistorySegment[];
  /** Year marks along the strip: each 1 January between the ends, with its position 0–1. */
  years: Array<{ year: number; at: number }>;
  start: string;
  end: string;
}

/** Days since 1970 for the first day of a partial date's period. */
function dayOf(date: string): number {
  const parts = parsePartialDate(date);
  if (!parts) throw new Error(`not a date: ${date}`);
  return Date.UTC(parts.year, (parts.month ?? 1) - 1, parts.day ?? 1) / 86_400_000;
}

/**
 * The strip for a claim. Without a recorded history the claim has one segment, its current
 * verdict over the whole span, explained by `fallbackWhy`.
 */
export function verdictStrip(
  claim: { verdict: Verdict; history?: Claim['history'] },
  span: { start: string; end: string },
  fallbackWhy = 'No earlier verdict is recorded.',
): VerdictStrip {
  const entries = claim.history?.length
    ? [...claim.history].sort((a, b) => comparePartialDates(a.date, b.date))
    : [{ date: span.start, verdict: claim.verdict, why: fallbackWhy }];
  const t0 = dayOf(span.start);
  const t1 = Math.max(dayOf(span.end), t0 + 1);
  const at = (date: string) => Math.min(1, Math.max(0, (dayOf(date) - t0) / (t1 - t0)));
  const segments = entries.map((entry, i): HistorySegment => {
    const next = entries[i + 1];
    const to = next ? next.date : span.end;
    const start = at(entry.date);
    return {
      verdict: entry.verdict,
      label: VERDICT_LABELS[entry.verdict].label,
      from: entry.date,
      to,
      why: entry.why,
      start,
      width: Math.max(0, at(to) - start),
      current: !next,
    };
  });
  const years: VerdictStrip['years'] = [];
  const first = parsePartialDate(span.start)!.year + 1;
  const last = parsePartialDate(span.end)!.year;
  for (let year = first; year <= last; year++) years.push({ year, at: at(String(year)) });
  return { segments, years, start: span.start, end: span.end };
}

const BAR_Y = 4;
const BAR_H = 22;
const HEIGHT = 46;

/** One sentence for the strip's accessible name. */
export function stripSummary(strip: VerdictStrip): string {
  const parts = strip.segments.map((seg) => `${seg.label.toLowerCase()} from ${formatPartialDate(seg.from)}`);
  return `Verdict over time, ${formatPartialDate(strip.start)} to ${formatPartialDate(strip.end)}: ${parts.join(', then ')}.`;
}

/**
 * The strip as SVG: coloured segments (class `v-<verdict>`), each titled, with year ticks.
 * Positions are percentages of the SVG's width, so the strip fills any column while its year
 * labels keep their size (a viewBox would shrink them to nothing on a phone).
 */
export function verdictStripSvg(strip: VerdictStrip): Element {
  const pc = (f: number) => `${Math.round(f * 10000) / 100}%`;
  // Label every year when there is room for it, else every other year (CSS hides the odd ones on phones).
  return s('svg', { class: 'verdict-strip', width: '100%', height: HEIGHT, role: 'img', 'aria-label': stripSummary(strip) }, [
    ...strip.segments.map((seg) =>
      s('rect', { class: `seg v-${seg.verdict}`, x: pc(seg.start), y: BAR_Y, width: pc(seg.width), height: BAR_H }, [
        s('title', `${seg.label}, from ${formatPartialDate(seg.from)}: ${seg.why}`),
      ]),
    ),
    ...strip.years.flatMap(({ year, at }) => [
      s('line', { class: 'tick', x1: pc(at), x2: pc(at), y1: BAR_Y, y2: BAR_Y + BAR_H + 5 }),
      s('text', { class: `yr${year % 2 ? ' odd' : ''}`, x: pc(at), dx: 2, y: HEIGHT - 3 }, String(year)),
    ]),
  ]);
}
