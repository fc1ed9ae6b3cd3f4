/**
 * Splits a Markdown file into YAML front-matter and body, keeping enough of the YAML document
 * to point an editor at the line of any field. YAML 1.2 (the `yaml` package's core schema) is
 * used on purpose: `2014-10-05` stays the string it was written as instead of becoming a Date.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { ProblemList } from './errors.ts';

export type FieldPath = ReadonlyArray<string | number>;

export interface ParsedFile {
  /** Project-relative path, for messages. */
  file: string;
  /** The front-matter as plain data. */
  data: unknown;
  /** The Markdown after the front-matter. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
  /** 1-based line of a field in the file, or of its nearest existing parent. */
  lineOf(path: FieldPath): number | undefined;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses `source`; on a syntax error records a problem and returns undefined. */
export function parseMarkdownFile(file: string, source: string, problems: ProblemList): ParsedFile | undefined {
  const match = FENCE.exec(source);
  if (!match) {
    problems.add({
      file,
      line: 1,
      field: 'front-matter',
      problem: 'the file does not start with a front-matter block between two "---" lines',
      fix: 'start the file with "---", the YAML fields, and a closing "---" line',
    });
    return undefined;
  }
  const yamlText = match[1]!;
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  // Line 1 is the opening fence, so YAML line n is file line n + 1.
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      problems.add({
        file,
        line: lineAt(error.pos[0]),
        field: 'front-matter',
        problem: `the YAML does not parse: ${error.message.split('\n')[0]}`,
        fix:
          'correct the YAML syntax at that line (indentation, a missing colon, or quote text that contains ": " or starts with a ' +
          'special character)',
      });
    }
    return undefined;
  }
  const bodyStart = match[0].length;
  return {
    file,
    data: doc.toJS() ?? {},
    body: source.slice(bodyStart),
    bodyLine: source.slice(0, bodyStart).split('\n').length,
    lineOf: (path) => lineOfPath(doc, path, lineAt),
  };
}

function lineOfPath(doc: Document, path: FieldPath, lineAt: (offset: number) => number): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return undefined;
}
