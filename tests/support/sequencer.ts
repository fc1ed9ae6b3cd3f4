/**
 * The order test files start in. Vitest starts the files that took longest last time first, from
 * a record it keeps in node_modules; in a fresh clone (CI) there is no record and it starts the
 * largest files first, which left the axe run, a short file and the longest (about a minute),
 * to start last and run alone on one core. The files named here, the longest by every measured
 * run, start first either way; the rest keep Vitest's order.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST = ['tests/site/a11y.test.ts', 'tests/site/search.test.ts', 'tests/site/reading.test.ts'];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification) => {
      const i = LONGEST.findIndex((path) => spec.moduleId.endsWith(path));
      return i < 0 ? LONGEST.length : i;
    };
    // Array.prototype.sort is stable: the others stay in Vitest's order.
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}
