/**
 * Finds, in built files, every address on another host that a browser would load by itself:
 * in HTML the attributes that fetch (src, srcset, poster, a stylesheet's or icon's href…), in
 * CSS `url()` and `@import`, in JavaScript the calls that fetch or import. Links a reader
 * follows (`<a href>`, a canonical `<link>`) are not loads and are not reported.
 *
 * Reading files is cheap and covers every page; what it cannot see (an address put together
 * at run time) is left to the browser check over one page per template (third-parties.test.ts).
 */
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import type { Element, Root } from 'hast';

/** An address with a host of its own (`https://…`, `//…`, `wss://…`): not this site's relative paths or data:. */
export const OUTSIDE = /^\s*(?:[a-z][a-z\d+.-]*:)?\/\//i;

/** `<link rel>` values whose href the browser does not fetch. */
const NOT_FETCHED = new Set([
  'canonical',
  'alternate',
  'author',
  'license',
  'me',
  'help',
  'bookmark',
  'external',
  'next',
  'prev',
  'nofollow',
  'noopener',
  'noreferrer',
]);

/** Where a CSS text loads from: `url(…)` and `@import "…"`. */
export function cssLoads(css: string): string[] {
  const urls = [...css.matchAll(/url\(\s*(["']?)([^"')]*)\1\s*\)/gi)].map((m) => m[2]!);
  const imports = [...css.matchAll(/@import\s+(["'])([^"']*)\1/gi)].map((m) => m[2]!);
  return [...urls, ...imports];
}

/**
 * Where JavaScript fetches or imports from, when the address is written out: `import … from`,
 * `import()`, `fetch()`, `importScripts()`, workers, sockets, beacons, and `.src =` / `.href =`.
 */
export function jsLoads(js: string): string[] {
  const call = String.raw`(?:\bfrom|\bimport\s*\(?|\bfetch\s*\(|\bimportScripts\s*\(|\bnew\s+(?:Shared)?Worker\s*\(|\bnew\s+(?:WebSocket|EventSource)\s*\(|\bsendBeacon\s*\(|\.(?:src|href)\s*=)`;
  return [...js.matchAll(new RegExp(`${call}\\s*(["'\`])([^"'\`]*)\\1`, 'g'))].map((m) => m[2]!);
}

function attribute(el: Element, name: string): string[] {
  const value = el.properties[name];
  if (value === undefined || value === null || value === false) return [];
  return [Array.isArray(value) ? value.join(' ') : String(value)];
}

/** Where an HTML document loads from. */
export function htmlLoads(html: string): string[] {
  const tree: Root = fromHtml(html);
  const found: string[] = [];
  for (const el of selectAll('*', tree)) {
    found.push(...attribute(el, 'src'), ...attribute(el, 'poster'));
    if (el.tagName === 'object') found.push(...attribute(el, 'data'));
    for (const set of [...attribute(el, 'srcSet'), ...attribute(el, 'imageSrcSet')]) {
      found.push(...set.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
    }
    if (el.tagName === 'link') {
      const rel = attribute(el, 'rel').join(' ').toLowerCase().split(/\s+/).filter(Boolean);
      if (!rel.every((r) => NOT_FETCHED.has(r))) found.push(...attribute(el, 'href'));
    } else if (el.tagName !== 'a' && el.tagName !== 'area' && el.tagName !== 'base') {
      // SVG's <use href>, <image href> and the like fetch what they point at.
      found.push(...attribute(el, 'href'), ...attribute(el, 'xLinkHref'));
    }
    for (const style of attribute(el, 'style')) found.push(...cssLoads(style));
    if (el.tagName === 'style') found.push(...cssLoads(textOf(el)));
    if (el.tagName === 'script' && !el.properties.src && !/json/.test(String(el.properties.type ?? ''))) found.push(...jsLoads(textOf(el)));
  }
  return found;
}

/** The addresses on another host that a file of this kind loads; [] for kinds that load nothing. */
export function outsideLoads(file: string, text: string): string[] {
  const kind = file.split('.').pop();
  const loads =
    kind === 'html' || kind === 'svg'
      ? htmlLoads(text)
      : kind === 'css'
        ? cssLoads(text)
        : kind === 'js' || kind === 'mjs'
          ? jsLoads(text)
          : [];
  return loads.filter((url) => OUTSIDE.test(url));
}
