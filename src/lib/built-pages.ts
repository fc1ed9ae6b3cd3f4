/** The HTML pages of a built site, and the address each is served at. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every `.html` file under `dist`. */
export function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** The path a reader opens for a built file: `dist/claims/index.html` → `/claims/`. */
export function pagePath(dist: string, file: string): string {
  return `/${relative(dist, file).split(sep).join('/')}`.replace(/index\.html$/, '');
}
