/**
 * axe finds nothing on any built page at 1440 px and at 390 px, in the light colour scheme
 * (the other scheme is a11y-dark.test.ts, so that two workers share the work).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, VIEWPORTS } from '../support/browser.ts';
import { checkPages, PAGES } from '../support/axe.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('axe finds nothing on any page, light', () => {
  it('at 1440 px', { timeout: 240_000 }, () => checkPages(browser, VIEWPORTS.desktop, 'light', PAGES));
  it('at 390 px', { timeout: 240_000 }, () => checkPages(browser, VIEWPORTS.mobile, 'light', PAGES));
});
