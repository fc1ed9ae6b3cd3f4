/** Small helpers shared by the bench: medians, folder sizes, the site's pages, formatting. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(path));
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

export function dirSize(dir: string): { bytes: number; files: number } {
  const files = walk(dir);
  return { bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.length };
}

/** Every HTML page of a built site as a URL path (`about/index.html` → `/about/`), Pagefind's folder left out. */
export function htmlPages(dist: string): string[] {
  return walk(dist)
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(dist, f).split(sep).join('/'))
    .filter((f) => !f.startsWith('pagefind/'))
    .map((f) => (f === 'index.html' ? '/' : f.endsWith('/index.html') ? `/${f.slice(0, -'index.html'.length)}` : `/${f}`))
    .sort();
}

/** The file a URL path of a built site is served from. */
export function fileOf(dist: string, path: string): string {
  return join(dist, path.endsWith('/') ? `${path}index.html` : path);
}

export function kb(bytes: number | undefined): string {
  if (bytes === undefined || Number.isNaN(bytes)) return '–';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

export function seconds(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? '–' : `${(ms / 1000).toFixed(1)} s`;
}

export function millis(ms: number | undefined): string {
  return ms === undefined || Number.isNaN(ms) ? '–' : `${Math.round(ms)} ms`;
}

/** A plain-text table with aligned columns (numbers to the right). */
export function textTable(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const right = head.map((_, i) => rows.length > 0 && rows.every((r) => /^[\d.,–-]/.test(r[i] ?? '') || (r[i] ?? '') === ''));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i > 0 && right[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** A Markdown table, numbers right-aligned. */
export function markdownTable(head: string[], rows: string[][]): string {
  const right = head.map((_, i) => i > 0 && rows.length > 0 && rows.every((r) => /^[\d.,–-]/.test(r[i] ?? '')));
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (right[i] ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`),
  ].join('\n');
}
