/**
 * Splits a Markdown file into YAML front-matter and body, keeping enough of the YAML document
 * to point an editor at the line of any field. YAML 1.2 (the `yaml` package's core schema) is
 * used on purpose: `2014-10-05` stays the string it was written as instead of becoming a Date.
 */
import { LineCounter, parseDocument, isNode, visit, type Document } from 'yaml';
import type { ProblemList } from './errors.ts';
import { BIDI_CONTROL, characterName, firstBidiControl } from '../lib/invisible-text.ts';

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
export function parseMarkdownFile(file: string, raw: string, problems: ProblemList): ParsedFile | undefined {
  // Text is normalised once, here: a byte-order mark (some editors add one) is not content, and
  // NFC makes "é" one character whether it was typed composed or decomposed, so quotes match.
  const source = raw.replace(/^\uFEFF/, '').normalize('NFC');
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
  // An alias (*name) repeats an anchored value; nested ones multiply (a "billion laughs" file
  // expands to gigabytes). Content never needs them: refuse every one, with its line.
  let aliases = 0;
  visit(doc, {
    Alias(_, node) {
      aliases++;
      problems.add({
        file,
        line: node.range ? lineAt(node.range[0]) : undefined,
        field: 'front-matter',
        problem: `a YAML alias (*${node.source}) repeats another value; aliases are not allowed in content`,
        fix: 'write the value out in full where it is needed, and remove the "&" anchor and "*" alias',
      });
      return visit.BREAK;
    },
  });
  if (aliases > 0) return undefined;
  let data: unknown;
  try {
    // NFC again on the values: YAML escapes ("\u0301") only become characters here.
    data = nfc(doc.toJS({ maxAliasCount: 0 }) ?? {});
  } catch (error) {
    problems.add({
      file,
      line: 2,
      field: 'front-matter',
      problem: `the YAML could not be read: ${(error as Error).message}`,
      fix: 'simplify the front-matter to plain fields, lists and quoted text',
    });
    return undefined;
  }
  const bodyStart = match[0].length;
  const bodyLine = source.slice(0, bodyStart).split('\n').length;
  const lineOf = (path: FieldPath) => lineOfPath(doc, path, lineAt);
  if (!refuseBidiControls(file, data, source.slice(bodyStart), bodyLine, lineOf, problems)) return undefined;
  return { file, data, body: source.slice(bodyStart), bodyLine, lineOf };
}

/**
 * Bidirectional overrides and isolates make text display in another order than it is stored
 * (a title that reads one way and says another): refused wherever they occur. True when none.
 */
function refuseBidiControls(
  file: string,
  data: unknown,
  body: string,
  bodyLine: number,
  lineOf: (path: FieldPath) => number | undefined,
  problems: ProblemList,
): boolean {
  let clean = true;
  const fix = 'delete the invisible direction character (retype the text around it); right-to-left words display correctly without it';
  const walk = (value: unknown, path: Array<string | number>) => {
    if (typeof value === 'string') {
      const found = firstBidiControl(value);
      if (!found) return;
      clean = false;
      problems.add({
        file,
        line: lineOf(path),
        field: path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('') || 'front-matter',
        problem: `the text contains a bidirectional control character, ${characterName(found.char)}, after ${JSON.stringify(value.slice(Math.max(0, found.index - 30), found.index))}`,
        fix,
      });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => {
        walk(item, [...path, i]);
      });
    } else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
  };
  walk(data, []);
  for (const match of body.matchAll(BIDI_CONTROL)) {
    clean = false;
    problems.add({
      file,
      line: bodyLine + body.slice(0, match.index).split('\n').length - 1,
      field: 'text',
      problem: `the text contains a bidirectional control character, ${characterName(match[0])}, after ${JSON.stringify(body.slice(Math.max(0, match.index - 30), match.index).trim())}`,
      fix,
    });
  }
  return clean;
}

function nfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)]));
  return value;
}

function lineOfPath(doc: Document, path: FieldPath, lineAt: (offset: number) => number): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (isNode(node) && node.range) return lineAt(node.range[0]);
  }
  return undefined;
}
