/**
 * axe finds nothing on any built page at 1440 px, light: half 0 of the pages (the other half is
 * in a11y-pages-1.test.ts, so that two workers share them). The other three combinations
 * of width and scheme are checked on one page of each template in a11y-templates.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, VIEWPORTS } from '../support/browser.ts';
import { checkPages, half, PAGES } from '../support/axe.ts';

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
  it('on half 0 of the pages at 1440 px, light', { timeout: 300_000 }, () => checkPages(browser, VIEWPORTS.desktop, 'light', half(0)));
});
