/**
 * Content errors an editor can act on: each names the file (and line when known), the field or
 * claim, what was found, and the fix. The build collects every problem it can find in one pass
 * and reports them together, so an editor fixes a batch instead of one error per build.
 */

export interface ContentProblem {
  /** Path of the file, relative to the project (`content/articles/…md`). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
  /** The field, as a path (`claims[3].verdict`), or what the problem concerns (`claim "x"`). */
  field: string;
  /** What is wrong: what was received and what was expected. */
  problem: string;
  /** What to do about it. */
  fix: string;
}

/** Formats one problem as a few aligned lines. */
function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return [`✗ ${where}`, `    field:   ${p.field}`, `    problem: ${p.problem}`, `    fix:     ${p.fix}`].join('\n');
}

/** Thrown when content is not publishable; its message lists every problem found. */
export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`The content has ${count}; nothing was built.\n\n${problems.map(formatProblem).join('\n\n')}\n`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Collects problems while a check runs; throws them all at the end. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  add(problem: ContentProblem): void {
    this.items.push(problem);
  }

  get size(): number {
    return this.items.length;
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ContentError(this.items);
  }
}

/** Quotes a value for a message, shortening long ones. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return json.length > 120 ? `${json.slice(0, 117)}…` : json;
}

/** Levenshtein distance, for "did you mean" suggestions on short names. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest candidates to a name, best first, for "did you mean …?". */
export function closest(name: string, candidates: Iterable<string>, max = 3): string[] {
  return [...candidates]
    .map((candidate) => ({
      candidate,
      // "acme-corp" for "acme": one name extending the other is as good as a typo.
      distance: name.startsWith(candidate) || candidate.startsWith(name) ? 1 : editDistance(name, candidate),
    }))
    .filter(({ candidate, distance }) => distance <= Math.max(2, Math.floor(candidate.length / 3)))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}
