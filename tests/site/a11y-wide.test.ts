/**
 * axe finds nothing on any built page at 1440 px, light, and on one page of each template at
 * 1440 px, dark. (Every page in all four combinations would double the time for little more:
 * the pages of one template differ in content, not in markup or colour.)
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

describe('axe finds nothing', () => {
  it('the templates are real pages of this build', () => {
    for (const path of TEMPLATES) expect(PAGES, path).toContain(path);
  });
  it('on every page at 1440 px, light', { timeout: 300_000 }, () => checkPages(browser, VIEWPORTS.desktop, 'light', PAGES));
  it('on each template at 1440 px, dark', { timeout: 120_000 }, () => checkPages(browser, VIEWPORTS.desktop, 'dark', TEMPLATES));
});
