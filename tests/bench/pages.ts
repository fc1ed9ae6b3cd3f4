/**
 * What a page costs a phone: each page loaded cold in headless Chromium at 390×844, every
 * response counted at the brotli server (so requests from workers and lazy loads are counted
 * too), until the network has been quiet for half a second after `load`.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContextOptions } from 'playwright-core';
import type { BenchServer, LogEntry } from './server.ts';
import { fileOf } from './util.ts';

/** A phone: the viewport the brief names, at an iPhone's pixel density, with touch. */
export const MOBILE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';

export function kindOf(entry: LogEntry): Kind {
  const type = entry.contentType;
  if (type.startsWith('text/html')) return 'html';
  if (type.startsWith('text/css')) return 'css';
  if (/javascript/.test(type)) return 'js';
  if (type.startsWith('font/')) return 'font';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

export interface PageWeight {
  path: string;
  status: number;
  requests: number;
  /** Everything on the wire: status lines, headers, compressed bodies. */
  transferBytes: number;
  /** Compressed bodies by kind. */
  bytes: Record<Kind, number>;
  /** JavaScript fetched by the time the page has loaded and the network is quiet: compressed, and as parsed. */
  jsOnLoad: { compressed: number; raw: number; files: number };
  /** The HTML and the stylesheets that block first render, compressed. */
  criticalBytes: number;
  blockingStylesheets: string[];
  /** `<script src>` without async, defer or type=module. */
  blockingScripts: number;
  /** Every response, for the JSON. */
  responses: Array<Pick<LogEntry, 'path' | 'status' | 'contentType' | 'bodyBytes' | 'rawBytes' | 'wireBytes' | 'encoding'>>;
}

interface Tag {
  name: string;
  attrs: Map<string, string>;
}

function tags(html: string, name: string): Tag[] {
  const out: Tag[] = [];
  for (const match of html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))) {
    const attrs = new Map<string, string>();
    for (const a of (match[1] ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
      attrs.set(a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '');
    }
    out.push({ name, attrs });
  }
  return out;
}

export async function measurePage(browser: Browser, server: BenchServer, dist: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext(MOBILE);
  try {
    const page = await context.newPage();
    const mark = server.log.length;
    const response = await page.goto(server.url + path, { waitUntil: 'load' });
    await server.settle(500);
    const entries = server.log.slice(mark);

    const bytes: Record<Kind, number> = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0 };
    const js = { compressed: 0, raw: 0, files: 0 };
    for (const entry of entries) {
      const kind = kindOf(entry);
      bytes[kind] += entry.bodyBytes;
      if (kind === 'js') {
        js.compressed += entry.bodyBytes;
        js.raw += entry.rawBytes;
        js.files++;
      }
    }

    // Render-blocking resources, read from the HTML as served.
    const file = fileOf(dist, path);
    const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const base = new URL(server.url + path);
    const blockingStylesheets: string[] = [];
    for (const link of tags(html, 'link')) {
      const rel = (link.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
      if (!rel.includes('stylesheet') || link.attrs.has('disabled') || rel.includes('alternate')) continue;
      const media = link.attrs.get('media') ?? '';
      const applies = !media || (await page.evaluate((m) => matchMedia(m).matches, media));
      if (applies && link.attrs.get('href')) blockingStylesheets.push(new URL(link.attrs.get('href')!, base).pathname);
    }
    const blockingScripts = tags(html, 'script').filter((s) => {
      const type = (s.attrs.get('type') ?? '').toLowerCase();
      return s.attrs.has('src') && !s.attrs.has('async') && !s.attrs.has('defer') && type !== 'module';
    }).length;

    const documentEntry = entries.find((e) => e.path === path && kindOf(e) === 'html');
    const criticalBytes =
      (documentEntry?.bodyBytes ?? 0) +
      blockingStylesheets.reduce((sum, href) => sum + (entries.find((e) => e.path === href)?.bodyBytes ?? 0), 0);

    return {
      path,
      status: response?.status() ?? 0,
      requests: entries.length,
      transferBytes: entries.reduce((sum, e) => sum + e.wireBytes, 0),
      bytes,
      jsOnLoad: js,
      criticalBytes,
      blockingStylesheets,
      blockingScripts,
      responses: entries.map(({ path, status, contentType, bodyBytes, rawBytes, wireBytes, encoding }) => ({
        path,
        status,
        contentType,
        bodyBytes,
        rawBytes,
        wireBytes,
        encoding,
      })),
    };
  } finally {
    await context.close();
  }
}
