/**
 * axe (WCAG 2.0/2.1/2.2 A and AA, and best practice) on every built page at 1440 px and 390 px,
 * light and dark, and on the article with a note, its details and a glossary popover open.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { launch, VIEWPORTS } from '../support/browser.ts';
import { builtPages } from '../support/pages.ts';
import { ARTICLE_PATH } from '../support/html.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const pages = builtPages().filter((p) => p !== '/404.html');

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

const combos = [
  ['1440 px, light', VIEWPORTS.desktop, 'light'],
  ['1440 px, dark', VIEWPORTS.desktop, 'dark'],
  ['390 px, light', VIEWPORTS.mobile, 'light'],
  ['390 px, dark', VIEWPORTS.mobile, 'dark'],
] as const;

describe('axe finds nothing', () => {
  for (const [name, viewport, colorScheme] of combos) {
    it(`on every page at ${name}`, { timeout: 180_000 }, async () => {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      const found: Record<string, string[]> = {};
      for (const path of pages) {
        await page.goto(inject('baseUrl') + path);
        const v = await violations(page);
        if (v.length) found[path] = v;
      }
      await context.close();
      expect(found).toEqual({});
    });
  }

  for (const [name, viewport, colorScheme] of combos) {
    it(`on the article with a note, its details and a popover open, at ${name}`, async () => {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      await page.goto(inject('baseUrl') + ARTICLE_PATH);
      const found: Record<string, string[]> = {};
      const narrow = viewport.width < 1100;
      if (narrow) await page.locator('button.mk').nth(2).click();
      await page.locator(narrow ? '.sn:popover-open .more-btn' : '.sn .more-btn').first().click();
      await expect.poll(() => page.locator('.more:popover-open').count()).toBe(1);
      found.details = await violations(page);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.locator('button.ent').first().click();
      await expect.poll(() => page.locator('.pop:popover-open').count()).toBe(1);
      found.popover = await violations(page);
      await context.close();
      expect(found).toEqual({ details: [], popover: [] });
    });
  }
});
