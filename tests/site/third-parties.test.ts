/**
 * Nothing is loaded from another site, on any page. Checks that together cover every page
 * without opening each in a browser: every built HTML, CSS, JavaScript and SVG file is read for
 * addresses on another host in the places a browser loads from (tests/support/outside.ts); and
 * Chromium, watching every request, opens the pages that stand for each template
 * (tests/support/templates.ts) — axe's loads in a11y.test.ts, which fail on a request to another
 * site — and here runs a search, which catches what no file spells out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { suiteBrowser, VIEWPORTS } from '../support/browser.ts';
import { ARTICLE_PATH } from '../support/html.ts';
import { outsideLoads } from '../support/outside.ts';

const BUILT = readdirSync('dist', { recursive: true })
  .map(String)
  .filter((file) => /\.(html|css|m?js|svg)$/.test(file));

describe('the built files load nothing from another site', () => {
  it('the reading of files finds an outside stylesheet, font, image, script and fetch', () => {
    // The scan itself, on one file of each kind that does load from outside.
    expect(
      outsideLoads(
        'a.html',
        '<link rel="stylesheet" href="https://fonts.example/css"><img srcset="/a.png 1x, //cdn.example/b.png 2x"><script src="https://cdn.example/x.js"></script><a href="https://example.org/">a link is not a load</a><link rel="canonical" href="https://example.org/">',
      ),
    ).toEqual(['https://fonts.example/css', '//cdn.example/b.png', 'https://cdn.example/x.js']);
    expect(
      outsideLoads(
        'a.css',
        '@import "https://x.example/a.css"; @font-face { src: url(https://fonts.example/f.woff2) } .a { background: url("/local.png") }',
      ),
    ).toEqual(['https://fonts.example/f.woff2', 'https://x.example/a.css']);
    expect(
      outsideLoads(
        'a.js',
        'import "https://cdn.example/m.js"; fetch(`https://api.example/q`); const s = "https://example.org/ a string is not a load";',
      ),
    ).toEqual(['https://cdn.example/m.js', 'https://api.example/q']);
  });

  it(`in none of the ${BUILT.length} HTML, CSS, JavaScript and SVG files`, () => {
    expect(BUILT.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(30);
    const found = BUILT.flatMap((file) => outsideLoads(file, readFileSync(join('dist', file), 'utf8')).map((url) => `${file} → ${url}`));
    expect(found).toEqual([]);
  });
});

describe('in Chromium', () => {
  const browser = suiteBrowser();

  it('no request leaves the site during a search', { timeout: 60_000 }, async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
    const base = new URL(inject('baseUrl'));
    const outside: string[] = [];
    context.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== base.origin && url.protocol !== 'data:') outside.push(`${r.frame().url()} → ${r.url()}`);
    });
    const page = await context.newPage();
    await page.goto(base.origin + ARTICLE_PATH);
    await page.keyboard.press('/');
    await page.locator('dialog[open] input[type="search"]').fill('Mistral');
    await page.waitForSelector('.search-result');
    await page.waitForLoadState('networkidle');
    expect(outside).toEqual([]);
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await context.close();
  });
});
