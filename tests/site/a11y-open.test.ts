/**
 * axe finds nothing on the article with a whole note and a glossary popover open, and
 * with the search dialog open and showing results, at 1440 px and 390 px, light and dark.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, VIEWPORTS } from '../support/browser.ts';
import { COLOUR_RULES, axeContext, violations } from '../support/axe.ts';
import { ARTICLE_PATH } from '../support/html.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const combos = [
  ['1440 px, light', VIEWPORTS.desktop, 'light'],
  ['1440 px, dark', VIEWPORTS.desktop, 'dark'],
  ['390 px, light', VIEWPORTS.mobile, 'light'],
  ['390 px, dark', VIEWPORTS.mobile, 'dark'],
] as const;

describe('axe finds nothing with a note and its details, a glossary popover, and the search dialog with results open', () => {
  for (const [name, viewport, colorScheme] of combos) {
    it(`at ${name}`, async () => {
      const context = await axeContext(browser, { viewport, colorScheme });
      const page = await context.newPage();
      await page.goto(inject('baseUrl') + ARTICLE_PATH);
      const found: Record<string, string[]> = {};
      // In dark, the colour rules only: the rest is the same markup, checked in light.
      const rules = colorScheme === 'dark' ? COLOUR_RULES : undefined;
      await page.locator('button.mk').nth(2).click();
      await expect.poll(() => page.locator('[data-claim-note]:popover-open').count()).toBe(1);
      found.note = await violations(page, rules);
      await page.keyboard.press('Escape');
      await page.locator('button.ent').first().click();
      await expect.poll(() => page.locator('.pop:popover-open').count()).toBe(1);
      found.popover = await violations(page, rules);
      await page.keyboard.press('Escape');
      await page.keyboard.press('/');
      await page.locator('dialog[open] input[type="search"]').fill('Mistral');
      await page.waitForSelector('.search-result');
      found.search = await violations(page, rules);
      await context.close();
      expect(found).toEqual({ note: [], popover: [], search: [] });
    });
  }
});
