/**
 * The edition is built once and reused until the content changes: a dev page request (which
 * asks for it several times) must not rebuild it, and an edit must show on the next request.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentStamp } from '../../src/content/load.ts';
import { checkedEdition, getEdition } from '../../src/edition/edition.ts';

let root: string;
const before = process.env.EDITION_CONTENT_DIR;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'edition-cache-'));
  cpSync('tests/fixtures/edition', root, { recursive: true });
  process.env.EDITION_CONTENT_DIR = root;
});

afterEach(() => {
  if (before === undefined) delete process.env.EDITION_CONTENT_DIR;
  else process.env.EDITION_CONTENT_DIR = before;
  rmSync(root, { recursive: true, force: true });
});

/** Rewrites an entity's summary: a real edit, of another size than before. */
function editEntity(): void {
  const file = join(root, 'entities/acme.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^summary: .*$/m, 'summary: A company that makes drones, as edited a moment ago.'));
}

describe('the cached edition', () => {
  it('is the same object on every call while the content is unchanged', () => {
    expect(checkedEdition()).toBe(checkedEdition());
    expect(getEdition()).toBe(getEdition());
  });

  it('is rebuilt after a content file changes, with the change in it', () => {
    const first = checkedEdition();
    editEntity();
    const second = checkedEdition();
    expect(second).not.toBe(first);
    expect(second.entity('acme')?.data.summary).toBe('A company that makes drones, as edited a moment ago.');
  });

  it('has a stamp that changes when a file is added, and not when nothing changed', () => {
    const stamp = contentStamp(root);
    expect(contentStamp(root)).toBe(stamp);
    writeFileSync(join(root, 'entities/new-entity.md'), '---\n---\n');
    expect(contentStamp(root)).not.toBe(stamp);
  });
});
