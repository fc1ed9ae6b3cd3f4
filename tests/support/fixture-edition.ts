/**
 * A small edition for tests (tests/fixtures/edition), copied to a temporary folder and edited
 * there, so each test states the one change it makes to otherwise valid content.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContentError, type ContentProblem } from '../../src/content/errors.ts';
import { buildEdition, type Edition } from '../../src/edition/edition.ts';

export const FIXTURE = 'tests/fixtures/edition';
export const ARTICLE = 'articles/sample-op-ed.md';

export type Edits = Record<string, (text: string) => string>;

/** A copy of the fixture edition with `edits` applied (file → text transform). */
export function fixtureEdition(edits: Edits = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'edition-'));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    let before = '';
    try {
      before = readFileSync(path, 'utf8');
    } catch {
      // A new file.
    }
    const after = edit(before);
    if (after === before) throw new Error(`the edit to ${file} changed nothing; the test is not testing what it says`);
    writeFileSync(path, after);
  }
  return dir;
}

/** Replaces exactly one occurrence, so a fixture change cannot silently miss. */
export function replaceOnce(search: string, replacement: string): (text: string) => string {
  return (text) => {
    const at = text.indexOf(search);
    if (at === -1 || text.indexOf(search, at + 1) !== -1) throw new Error(`expected exactly one "${search}" in the fixture`);
    return text.slice(0, at) + replacement + text.slice(at + search.length);
  };
}

export function build(root: string, requireRecordedPermalinks = true): Edition {
  return buildEdition({ root, requireRecordedPermalinks });
}

/** The problems a build of `root` reports; fails the test if the build succeeds. */
export function problemsOf(root: string): ContentProblem[] {
  try {
    build(root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected the build to fail, but it succeeded');
}

/** The full message a build of `root` fails with. */
export function messageOf(root: string): string {
  try {
    build(root);
  } catch (error) {
    if (error instanceof ContentError) return error.message;
    throw error;
  }
  throw new Error('expected the build to fail, but it succeeded');
}

/** One row of a table of broken content: the change, and what the message must say. */
export interface ProblemRow {
  name: string;
  edits: Edits;
  file: RegExp;
  field: string;
  /** Words the problem must contain (what was received / expected). */
  problem: RegExp;
  /** Words the fix must contain. */
  fix: RegExp;
}
