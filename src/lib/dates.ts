/**
 * Dates as precise as the record allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Kept as strings so
 * that "August 2015" never turns into "1 August 2015" on the way through a `Date`.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The months' names in English, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

/** Splits a partial date into numbers, or returns undefined when it is not a real date. */
export function parsePartialDate(value: unknown): DateParts | undefined {
  if (typeof value !== 'string') return undefined;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined) {
    // Day 0 of the next month is the last day of this one.
    const daysInMonth = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > daysInMonth) return undefined;
  }
  return { year, month, day };
}

export function isPartialDate(value: unknown): boolean {
  return parsePartialDate(value) !== undefined;
}

/** "2015" → "2015", "2015-08" → "August 2015", "2015-08-05" → "5 August 2015". */
export function formatPartialDate(value: string): string {
  const parts = parsePartialDate(value);
  if (!parts) return value;
  if (parts.month === undefined) return String(parts.year);
  const month = MONTHS[parts.month - 1];
  return parts.day === undefined ? `${month} ${parts.year}` : `${parts.day} ${month} ${parts.year}`;
}

/** Orders partial dates chronologically; a less precise date sorts before a precise one. */
export function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
