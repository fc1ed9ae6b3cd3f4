/**
 * axe finds nothing on one page of each template at 1440 px dark, 390 px light and 390 px dark
 * (every page is checked at 1440 px light in a11y-pages-*.test.ts; the pages of one template
 * differ in content, not in markup or colours).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, VIEWPORTS } from '../support/browser.ts';
import { checkPages, PAGES, TEMPLATES } from '../support/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe finds nothing on each template', () => {
  it('the templates are real pages of this build', () => {
    for (const path of TEMPLATES) expect(PAGES, path).toContain(path);
  });
  it('at 1440 px, dark', { timeout: 180_000 }, () => checkPages(browser, VIEWPORTS.desktop, 'dark', TEMPLATES));
  it('at 390 px, light', { timeout: 180_000 }, () => checkPages(browser, VIEWPORTS.mobile, 'light', TEMPLATES));
  it('at 390 px, dark', { timeout: 180_000 }, () => checkPages(browser, VIEWPORTS.mobile, 'dark', TEMPLATES));
});
