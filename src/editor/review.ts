/**
 * What `npm run review` computes: the claims due for another look, so that keeping the edition
 * current is a routine rather than a memory.
 *
 * Due: a claim whose standing can still move (a prediction or recommendation, or a verdict
 * still open: contested, unresolved, unverified, partly) six months after its last review; any
 * other claim a year after. A claim never reviewed is due now. Most overdue first: never
 * reviewed, then by the days since it fell due.
 */
import type { Claim, ClaimType, Verdict } from '../content/schema.ts';
import { comparePartialDates } from '../lib/dates.ts';

/** Verdicts that later events may still settle or overturn. */
export const OPEN_VERDICTS: readonly Verdict[] = ['contested', 'unresolved', 'unverified', 'partly'];
/** Claims about what would happen or should be done: events keep bearing on them. */
export const FORWARD_TYPES: readonly ClaimType[] = ['prediction', 'recommendation'];

/** Months between reviews. */
export const OPEN_INTERVAL = 6;
export const SETTLED_INTERVAL = 12;

export interface ReviewInput {
  claim: Pick<Claim, 'id' | 'type' | 'verdict' | 'followUps'> & Partial<Pick<Claim, 'reviewed'>>;
  /** 1-based, in reading order. */
  number: number;
}

export interface DueClaim {
  id: string;
  number: number;
  type: ClaimType;
  verdict: Verdict;
  /** When it was last reviewed; absent when never. */
  reviewed?: string;
  /** 6 for claims that can still move, 12 for the rest. */
  intervalMonths: number;
  /** The day it fell due; absent when never reviewed. */
  dueSince?: string;
  /** Days from `dueSince` to today; Infinity when never reviewed. */
  daysOverdue: number;
  /** The latest follow-up's date, as written (YYYY, YYYY-MM or YYYY-MM-DD). */
  lastFollowUp?: string;
}

const DAY = 24 * 60 * 60 * 1000;
const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function utc(date: string): number {
  const match = FULL_DATE.exec(date);
  if (!match) throw new Error(`expected a date written YYYY-MM-DD, received "${date}"`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** `date` plus `months` calendar months; the 31st becomes the month's last day when it has fewer. */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

/** Whether later events may still change how the claim reads. */
export function canStillMove(claim: Pick<Claim, 'type' | 'verdict'>): boolean {
  return FORWARD_TYPES.includes(claim.type) || OPEN_VERDICTS.includes(claim.verdict);
}

/** The claims due for review on `today` (YYYY-MM-DD), most overdue first. */
export function dueForReview(claims: readonly ReviewInput[], today: string): DueClaim[] {
  const now = utc(today);
  const due: DueClaim[] = [];
  for (const { claim, number } of claims) {
    const intervalMonths = canStillMove(claim) ? OPEN_INTERVAL : SETTLED_INTERVAL;
    const lastFollowUp = claim.followUps.map((f) => f.date).sort(comparePartialDates).at(-1);
    const base = { id: claim.id, number, type: claim.type, verdict: claim.verdict, intervalMonths, lastFollowUp };
    if (!claim.reviewed) {
      due.push({ ...base, daysOverdue: Infinity });
      continue;
    }
    const dueSince = addMonths(claim.reviewed, intervalMonths);
    const daysOverdue = Math.round((now - utc(dueSince)) / DAY);
    if (daysOverdue >= 0) due.push({ ...base, reviewed: claim.reviewed, dueSince, daysOverdue });
  }
  return due.sort((a, b) => b.daysOverdue - a.daysOverdue || a.number - b.number);
}

/** When the next claim falls due, for "nothing is due until …"; undefined when none was reviewed. */
export function nextDue(claims: readonly ReviewInput[]): string | undefined {
  return claims
    .filter(({ claim }) => claim.reviewed)
    .map(({ claim }) => addMonths(claim.reviewed!, canStillMove(claim) ? OPEN_INTERVAL : SETTLED_INTERVAL))
    .sort()[0];
}

/** The list as an aligned plain-text table, for the terminal. */
export function formatDue(due: readonly DueClaim[], total: number, today: string, next?: string): string {
  if (due.length === 0) {
    return `No claim is due for review on ${today}${next ? `; the next falls due on ${next}` : ''}.\n`;
  }
  const rows = [
    ['claim', 'type', 'verdict', 'reviewed', 'due since', 'last follow-up'],
    ...due.map((d) => [
      `${d.number}. ${d.id}`,
      d.type,
      d.verdict,
      d.reviewed ?? 'never',
      d.dueSince ? `${d.dueSince} (${d.daysOverdue} d)` : 'now',
      d.lastFollowUp ?? 'none',
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')).join('\n');
  return [
    `${due.length} of ${total} claims are due for review on ${today} (predictions, recommendations and open verdicts every ${OPEN_INTERVAL} months, the rest every ${SETTLED_INTERVAL}):`,
    '',
    table,
    '',
    'For each: check the record since the last follow-up, add follow-ups, add a history entry if the verdict changes, and set reviewed to the day.',
    '',
  ].join('\n');
}
