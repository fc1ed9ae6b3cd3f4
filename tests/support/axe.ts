/**
 * axe in Chromium for the accessibility gates: WCAG 2.0/2.1/2.2 A and AA plus best practice.
 * The checks are split over four test files (every page, in two halves; the templates in the
 * other combinations; open states) so that two workers share them.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, VIEWPORTS } from './browser.ts';
import { AxeBuilder } from '@axe-core/playwright';
import { builtPages } from './pages.ts';
import { ARTICLE_PATH } from './html.ts';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const PAGES = builtPages().filter((p) => p !== '/404.html');

/** Half of the pages, alternately, so two files can check them side by side. */
export const half = (which: 0 | 1) => PAGES.filter((_, i) => i % 2 === which);

/** One page of each template, checked in all four combinations of width and scheme. */
export const TEMPLATES = ['/', '/about/', ARTICLE_PATH, `${ARTICLE_PATH}cite/`, '/claims/', '/entities/', '/entities/avic/', '/entities/casc/', '/what-happened-next/', '/search/'];

export async function violations(page: Page): Promise<string[]> {
  // Only violations are reported in full: collecting every pass makes axe several times slower.
  const result = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ['violations'] }).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

/** axe on each of `paths` in one context; fails naming every page and rule. */
export async function checkPages(browser: Browser, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark', paths: string[]) {
  const context = await browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(inject('baseUrl') + path);
    const v = await violations(page);
    if (v.length) found[path] = v;
  }
  await context.close();
  expect(found).toEqual({});
}

/** The tests of one half of the pages at 1440 px, light (each half is its own test file). */
export function describeHalf(which: 0 | 1) {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  describe('axe finds nothing', () => {
    it('the two halves cover every page', () => {
      expect([...half(0), ...half(1)].sort()).toEqual([...PAGES].sort());
    });
    it(`on half ${which} of the pages at 1440 px, light`, { timeout: 300_000 }, () => checkPages(browser, VIEWPORTS.desktop, 'light', half(which)));
  });
}
