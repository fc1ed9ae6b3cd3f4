/** Reading built pages as HAST, for tests that check what a reader receives. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import type { Element, Root } from 'hast';

export const ARTICLE_PATH = '/russia-must-expand-relationship-with-china/';

export function page(path: string): Root {
  const file = join('dist', path, path.endsWith('/') ? 'index.html' : '');
  return fromHtml(readFileSync(file, 'utf8'));
}

/** Text of a node without the edition's insertions (notes, markers, permalink controls). */
export function authorText(node: Root | Element): string {
  const walk = (n: Root | Element | Element['children'][number]): string => {
    if (n.type === 'text') return n.value;
    if (n.type === 'element' && n.properties?.dataPagefindIgnore !== undefined) return '';
    if ('children' in n) return n.children.map((c) => walk(c as Element)).join('');
    return '';
  };
  return walk(node);
}

export { select, selectAll };
