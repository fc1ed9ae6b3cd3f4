/**
 * A temporary copy of an edition (the test fixture, or the real content/) with a few changes,
 * each stated by the test: a function of the file's text (use `replaceOnce` so a change that
 * misses its target throws), a whole new text, or `null` to delete the file. Used by the
 * hardening tests, in-process and through the real build.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURE } from './fixture-edition.ts';

export type Change = ((text: string) => string) | string | null;

/** Every copy made, for `removeCopies()` after the tests. */
const made: string[] = [];

/** A copy of `from` (default: the fixture edition) with `changes` applied (path → change). */
export function editedCopy(changes: Record<string, Change> = {}, from = FIXTURE): string {
  const dir = mkdtempSync(join(tmpdir(), 'edited-edition-'));
  made.push(dir);
  cpSync(from, dir, { recursive: true });
  for (const [file, change] of Object.entries(changes)) {
    const path = join(dir, file);
    if (change === null) {
      if (!existsSync(path)) throw new Error(`${file} is not in ${from}; the test is not testing what it says`);
      rmSync(path);
      continue;
    }
    const before = existsSync(path) ? readFileSync(path, 'utf8') : '';
    const after = typeof change === 'string' ? change : change(before);
    if (after === before) throw new Error(`the change to ${file} changed nothing; the test is not testing what it says`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, after);
  }
  return dir;
}

export function removeCopies(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The 1-based line of the fixture's `file` that holds `text` (which must occur there once). */
export function fixtureLine(file: string, text: string): number {
  const source = readFileSync(join(FIXTURE, file), 'utf8');
  const at = source.indexOf(text);
  if (at === -1 || source.indexOf(text, at + 1) !== -1) throw new Error(`expected exactly one "${text}" in ${file}`);
  return source.slice(0, at).split('\n').length;
}

/** A pattern for "<file>:<line of text>" at the end of a printed location. */
export function at(file: string, text: string): RegExp {
  return new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${fixtureLine(file, text)}$`);
}
