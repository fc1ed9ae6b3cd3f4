/**
 * `npm run check-content`: the build's content check alone, for editors and pre-commit hooks.
 * Exits 1 with the build's own list of problems (file, field, problem, fix) when content is bad.
 */
import { checkContent } from '../editor/check-content.ts';

const started = performance.now();
const result = checkContent();
if (result.ok) {
  console.log(`${result.summary} (${Math.round(performance.now() - started)} ms)`);
} else {
  console.error(result.message);
  console.error(`${result.count} content problem(s); see the list above.`);
  process.exitCode = 1;
}
