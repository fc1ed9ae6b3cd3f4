/**
 * axe finds nothing in what opens on the article: a whole note, a glossary popover, and the
 * search dialog showing results, at 1440 px and 390 px, light and dark (tests/support/axe.ts,
 * WAYS). axe checks what opened, not the whole article again: the article as it loads is checked
 * in a11y.test.ts, and opening a note or a popover changes nothing else in the page's markup.
 */
import { describe, expect, inject, it } from 'vitest';
import { suiteBrowser } from '../support/browser.ts';
import { WAYS, axeContext, violations } from '../support/axe.ts';
import { ARTICLE_PATH } from '../support/html.ts';

const OPEN_NOTE = '[data-claim-note]:popover-open';
const OPEN_POPOVER = '.pop:popover-open';
const OPEN_DIALOG = 'dialog[open]';

describe('axe finds nothing with a note, a glossary popover, and the search dialog with results open', () => {
  const browser = suiteBrowser();

  it('at 1440 and 390 px, light and dark', { timeout: 90_000 }, async () => {
    const context = await axeContext(browser(), {});
    const page = await context.newPage();
    // One load: layout and colours are CSS alone, so resizing and switching scheme show what a fresh load would.
    await page.goto(inject('baseUrl') + ARTICLE_PATH);
    const found: Record<string, string[]> = {};
    for (const way of WAYS) {
      await page.setViewportSize(way.viewport);
      await page.emulateMedia({ colorScheme: way.colorScheme });
      await page.locator('button.mk').nth(2).click();
      await expect.poll(() => page.locator(OPEN_NOTE).count()).toBe(1);
      found[`note at ${way.name}`] = await violations(page, way.rules, OPEN_NOTE);
      await page.keyboard.press('Escape');
      await page.locator('button.ent').first().click();
      await expect.poll(() => page.locator(OPEN_POPOVER).count()).toBe(1);
      found[`popover at ${way.name}`] = await violations(page, way.rules, OPEN_POPOVER);
      await page.keyboard.press('Escape');
      await page.keyboard.press('/');
      await page.locator(`${OPEN_DIALOG} input[type="search"]`).fill('Mistral');
      await page.waitForSelector('.search-result');
      found[`search at ${way.name}`] = await violations(page, way.rules, OPEN_DIALOG);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator(OPEN_DIALOG).count()).toBe(0);
    }
    await context.close();
    expect(Object.entries(found).filter(([, v]) => v.length)).toEqual([]);
    expect(Object.keys(found)).toHaveLength(WAYS.length * 3);
  });
});
