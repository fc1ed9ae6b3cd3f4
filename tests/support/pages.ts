/** Every HTML page in `dist/`, as the path a reader would open (`/claims/`, `/404.html`). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function builtPages(dist = 'dist'): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => `/${relative(dist, join(e.parentPath, e.name)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

/** The file that serves a page path. */
export function fileOf(path: string, dist = 'dist'): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}
