/** Every HTML page in `dist/`, as the path a reader would open (`/claims/`, `/404.html`). */
import { join } from 'node:path';
import { htmlFiles, pagePath } from '../../src/lib/built-pages.ts';

export function builtPages(dist = 'dist'): string[] {
  return htmlFiles(dist)
    .map((file) => pagePath(dist, file))
    .sort();
}

/** The file that serves a page path. */
export function fileOf(path: string, dist = 'dist'): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}
