/**
 * Runs a schema over a file's front-matter and turns every schema issue into a problem an
 * editor can act on: the file and line, the field, what was received, what was expected.
 */
import { z } from 'zod';
import { closest, show, type ProblemList } from './errors.ts';
import type { FieldPath, ParsedFile } from './frontmatter.ts';

/** `['claims', 3, 'verdict']` → `claims[3].verdict`. */
export function fieldName(path: FieldPath): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

/** Adds `(claim "id")` so that a field deep in a list is easy to find. */
function context(data: unknown, path: FieldPath): string {
  if (path[0] === 'claims' && typeof path[1] === 'number') {
    const claims = (data as { claims?: Array<{ id?: unknown }> }).claims;
    const id = claims?.[path[1]]?.id;
    if (typeof id === 'string') return ` (claim "${id}")`;
  }
  return '';
}

function valueAt(data: unknown, path: FieldPath): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/** The field names an object schema accepts at `path`, for "did you mean" on unknown fields. */
function knownFields(schema: z.ZodType, path: FieldPath): string[] {
  let current: z.ZodType | undefined = schema;
  const unwrap = (s: z.ZodType | undefined): z.ZodType | undefined => {
    let inner = s;
    while (inner && (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable)) {
      inner = (inner as z.ZodOptional<z.ZodType>).unwrap() as z.ZodType;
    }
    return inner;
  };
  for (const key of path) {
    current = unwrap(current);
    if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[key as string];
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return [];
  }
  current = unwrap(current);
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/**
 * Validates `parsed.data` against `schema`. Returns the parsed value, or undefined after
 * adding one problem per issue to `problems`.
 */
export function validateFrontmatter<S extends z.ZodType>(
  schema: S,
  parsed: ParsedFile,
  problems: ProblemList,
): z.output<S> | undefined {
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = issue.path as Array<string | number>;
    const received = valueAt(parsed.data, path);
    const base = { file: parsed.file, line: parsed.lineOf(path) };
    const field = (fieldPath: FieldPath) => (fieldPath.length ? fieldName(fieldPath) : 'front-matter') + context(parsed.data, fieldPath);
    const parent = valueAt(parsed.data, path.slice(0, -1));
    const absent =
      received === undefined && parent !== null && typeof parent === 'object' && !(String(path.at(-1)) in parent);
    // A refinement that asks for a missing field says itself what to add (e.g. url or copy).
    if (absent && issue.code !== 'unrecognized_keys' && issue.code !== 'custom') {
      problems.add({
        ...base,
        field: field(path),
        problem: `the field is missing`,
        fix: `add "${String(path.at(-1))}:" here (see its description in src/content/schema.ts)`,
      });
      continue;
    }
    switch (issue.code) {
      case 'unrecognized_keys': {
        for (const key of issue.keys) {
          const fields = knownFields(schema, path);
          const guess = closest(key, fields, 1)[0];
          problems.add({
            ...base,
            line: parsed.lineOf([...path, key]) ?? base.line,
            field: field([...path, key]),
            problem: `"${key}" is not a field here; known fields: ${fields.join(', ')}`,
            fix: guess ? `rename it to "${guess}"` : 'remove it, or add it to the schema in src/content/schema.ts',
          });
        }
        break;
      }
      case 'invalid_value':
        problems.add({
          ...base,
          field: field(path),
          problem: `received ${show(received)}; expected one of ${issue.values.map((v) => String(v)).join(', ')}`,
          fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
        });
        break;
      case 'invalid_type':
        problems.add({
          ...base,
          field: field(path),
          problem: `received ${show(received)} (${received === null ? 'empty' : Array.isArray(received) ? 'a list' : typeof received}); expected ${issue.expected}`,
          fix: `write it as ${issue.expected === 'array' ? 'a YAML list' : issue.expected === 'object' ? 'a YAML map of fields' : `a ${issue.expected}`}`,
        });
        break;
      case 'too_small':
        problems.add({
          ...base,
          field: field(path),
          problem: `received ${show(received)}; expected ${issue.message}`,
          fix: issue.origin === 'array' ? `add ${issue.message}` : 'write some text',
        });
        break;
      default: {
        // Refinements (slugs, dates, URLs) carry the expectation in their message, and may
        // carry their own fix.
        const fix = issue.code === 'custom' ? (issue.params as { fix?: unknown } | undefined)?.fix : undefined;
        problems.add({
          ...base,
          field: field(path),
          problem: absent ? `the field is missing; expected ${issue.message}` : `received ${show(received)}; expected ${issue.message}`,
          fix: typeof fix === 'string' ? fix : `write ${issue.message}`,
        });
      }
    }
  }
  return undefined;
}
