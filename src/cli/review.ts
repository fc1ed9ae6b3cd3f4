/**
 * `npm run review [-- --today YYYY-MM-DD]`: lists the claims due for review, most overdue
 * first, with their last follow-up. Logic and rules: src/editor/review.ts.
 */
import { parseArgs } from 'node:util';
import { ContentError } from '../content/errors.ts';
import { buildEdition } from '../edition/edition.ts';
import { dueForReview, formatDue, nextDue } from '../editor/review.ts';

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const today = values.today ?? new Date().toISOString().slice(0, 10);
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today takes a date written YYYY-MM-DD, not "${today}".`);
  process.exit(2);
}

try {
  const claims = buildEdition({ requireRecordedPermalinks: false }).articles.flatMap((a) => a.claims);
  process.stdout.write(formatDue(dueForReview(claims, today), claims.length, today, nextDue(claims)));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  process.exit(1);
}
