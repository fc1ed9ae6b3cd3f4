/**
 * The layers of src/ point one way: content → edition → views → pages. A module may import
 * from its own layer and the layers below it, never from one above, so that the flow of data
 * reads from the folder names:
 *
 *   lib/      pure helpers (dates, sentences, routes): nothing else from src/
 *   content/  reads and validates files: lib
 *   edition/  prepares the edition: content, lib
 *   views/    shapes page data: edition, content, lib
 *   editor/   what the editor commands compute (claim stubs, reviews due): views and below
 *   pages/, components/, layouts/, integrations/, cli/, site.ts: anything below
 *   scripts/  client code, shipped to the browser: lib and styles only
 *
 * Every import of every module (and of every .astro file's frontmatter and scripts) is read
 * with TypeScript's own import scanner, so comments and strings never count as imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

type Layer = 'lib' | 'content' | 'edition' | 'views' | 'editor' | 'scripts' | 'styles' | 'top';

/** What each layer may import, itself included. `top` may import anything. */
const ALLOWED: Record<Exclude<Layer, 'top'>, readonly Layer[]> = {
  lib: ['lib'],
  content: ['content', 'lib'],
  edition: ['edition', 'content', 'lib'],
  views: ['views', 'edition', 'content', 'lib'],
  editor: ['editor', 'views', 'edition', 'content', 'lib'],
  scripts: ['scripts', 'lib', 'styles'],
  styles: ['styles'],
};

const TOP = new Set(['pages', 'components', 'layouts', 'integrations', 'cli', 'site.ts', 'env.d.ts']);

/** The layer of a path relative to src/ (`views/glossary.ts` → views), or undefined if unknown. */
function layerOf(path: string): Layer | undefined {
  const head = path.split('/')[0]!;
  if (head in ALLOWED) return head as Layer;
  return TOP.has(head) ? 'top' : undefined;
}

/** The module specifiers a source file imports (static, re-exports, dynamic with a literal). */
function importsOf(file: string, text: string): string[] {
  const code = file.endsWith('.astro') ? astroCode(text) : text;
  return ts.preProcessFile(code, true, true).importedFiles.map((f) => f.fileName);
}

/** An .astro file's code: its frontmatter and the bodies of its <script> elements. */
function astroCode(text: string): string {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [frontmatter, ...scripts].join('\n;\n');
}

interface Violation {
  file: string;
  specifier: string;
  message: string;
}

/**
 * Every import that points the wrong way. `files` maps a path relative to src/ (posix
 * separators) to its text.
 */
function layerViolations(files: ReadonlyMap<string, string>): Violation[] {
  const violations: Violation[] = [];
  for (const [file, text] of files) {
    const from = layerOf(file);
    if (from === undefined) {
      violations.push({ file, specifier: '', message: `src/${file} is in no layer: add its folder to the layer map in tests/unit/layers.test.ts` });
      continue;
    }
    for (const specifier of importsOf(file, text)) {
      if (!specifier.startsWith('.')) continue;
      const target = posix.normalize(posix.join(posix.dirname(file), specifier));
      if (target.startsWith('../')) {
        if (from !== 'top') {
          violations.push({ file, specifier, message: `src/${file} imports "${specifier}", outside src/` });
        }
        continue;
      }
      const to = layerOf(target);
      if (from === 'top') continue;
      if (to === undefined || !ALLOWED[from].includes(to)) {
        violations.push({
          file,
          specifier,
          message: `src/${file} imports "${specifier}" (${to ?? 'no layer'}): ${from}/ may import only ${ALLOWED[from].join(', ')}`,
        });
      }
    }
  }
  return violations;
}

function sourceFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(SRC, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(ts|astro)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(SRC, path).split('\\').join('/'), readFileSync(path, 'utf8'));
  }
  return files;
}

describe('layers', () => {
  it('every import in src/ points down: content → edition → views → pages, lib under all', () => {
    const files = sourceFiles();
    // The scan itself found the code: a broken reader would pass vacuously.
    expect(files.size).toBeGreaterThan(50);
    const messages = layerViolations(files).map((v) => v.message);
    expect(messages, messages.join('\n')).toEqual([]);
  });

  it('the check names the file and the import that point the wrong way', () => {
    const files = new Map([
      ['lib/dates.ts', "import { x } from '../content/schema.ts';\n"],
      ['content/load.ts', "import type { Edition } from '../edition/edition.ts';\nimport { y } from '../lib/dates.ts';\n"],
      ['edition/article.ts', "// import { z } from '../views/glossary.ts';\nconst s = \"from '../views/x.ts'\";\n"],
      ['views/glossary.ts', "export { v } from '../pages/index.astro';\n"],
      ['scripts/search-ui.ts', "const m = await import('../edition/edition.ts');\n"],
      ['components/Card.astro', "---\nimport { w } from '../views/glossary.ts';\n---\n<p>{w}</p>\n"],
      ['pages/x.astro', "---\n---\n<script>\nimport '../scripts/enhance.ts';\n</script>\n"],
      ['elsewhere/y.ts', ''],
    ]);
    expect(layerViolations(files).map((v) => [v.file, v.specifier])).toEqual([
      ['lib/dates.ts', '../content/schema.ts'],
      ['content/load.ts', '../edition/edition.ts'],
      ['views/glossary.ts', '../pages/index.astro'],
      ['scripts/search-ui.ts', '../edition/edition.ts'],
      ['elsewhere/y.ts', ''],
    ]);
    expect(layerViolations(files)[0]!.message).toBe(
      'src/lib/dates.ts imports "../content/schema.ts" (content): lib/ may import only lib',
    );
  });
});
