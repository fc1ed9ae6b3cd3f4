/**
 * The built pages grouped by the template (route file in src/pages) that rendered them, and a
 * few pages that stand for each template in the slower browser checks (axe, outside requests).
 *
 * Pages of one template differ in their text and in which of the template's parts they show
 * (an entity with claims shows a list of claims, a context entity says it is not named). So a
 * template is stood for not by one page but by the fewest pages that between them show every
 * element and class any of its pages shows: every part is checked once, not 34 times.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtPages, fileOf } from './pages.ts';

interface Route {
  /** The route as Astro writes it: `/entities/[entity]/`. */
  template: string;
  pattern: RegExp;
}

/** The page routes in src/pages (`.astro` files; `.ts` endpoints serve data, not pages). */
export function pageRoutes(dir = 'src/pages'): Route[] {
  return (
    readdirSync(dir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.astro'))
      .map((file) => {
        const route = file.replace(/\.astro$/, '').replace(/(^|\/)index$/, '');
        const template = route === '' ? '/' : `/${route}/`;
        const pattern = new RegExp(`^${template.replace(/\[[^\]/]+\]/g, '[^/]+')}$`);
        return { template, pattern };
      })
      // As Astro does: a static route wins over a dynamic one that also matches.
      .sort((a, b) => a.template.split('[').length - b.template.split('[').length)
  );
}

/** Each built page under its template; a page no route explains stands for itself. */
export function pagesByTemplate(pages = builtPages(), routes = pageRoutes()): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const path of pages) {
    const template = routes.find((r) => r.pattern.test(path))?.template ?? path;
    groups.set(template, [...(groups.get(template) ?? []), path]);
  }
  return groups;
}

/** What a page is built of: each element name, and each element name with each of its classes. */
export function parts(html: string): Set<string> {
  const found = new Set<string>();
  for (const [, tag, attributes] of html.matchAll(/<([a-z][a-z0-9-]*)\b([^>]*)>/gi)) {
    const name = tag!.toLowerCase();
    found.add(name);
    const classes = /\sclass="([^"]*)"/.exec(attributes!)?.[1]?.split(/\s+/) ?? [];
    for (const c of classes) if (c) found.add(`${name}.${c}`);
  }
  return found;
}

/** The fewest pages (greedily) that together show every part any page of the group shows. */
export function covering(pages: string[], partsOf: (path: string) => Set<string>): string[] {
  const remaining = new Set(pages.flatMap((p) => [...partsOf(p)]));
  const chosen: string[] = [];
  while (remaining.size > 0) {
    let best = pages[0]!;
    let bestCount = -1;
    for (const page of pages) {
      const count = [...partsOf(page)].filter((part) => remaining.has(part)).length;
      if (count > bestCount) [best, bestCount] = [page, count];
    }
    chosen.push(best);
    for (const part of partsOf(best)) remaining.delete(part);
  }
  return chosen.sort();
}

/** The pages that stand for every template of the built site, in path order. */
export function templatePages(pages = builtPages()): string[] {
  const cache = new Map<string, Set<string>>();
  const partsOf = (path: string) => {
    if (!cache.has(path)) cache.set(path, parts(readFileSync(fileOf(path), 'utf8')));
    return cache.get(path)!;
  };
  return [...pagesByTemplate(pages).values()].flatMap((group) => covering(group, partsOf)).sort();
}
