/**
 * axe finds nothing on any built page at 1440 px and at 390 px, in the dark colour scheme
 * (the other scheme is a11y-light.test.ts, so that two workers share the work).
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

describe('axe finds nothing on any page, dark', () => {
  it('at 1440 px', { timeout: 240_000 }, () => checkPages(browser, VIEWPORTS.desktop, 'dark', PAGES));
  it('at 390 px', { timeout: 240_000 }, () => checkPages(browser, VIEWPORTS.mobile, 'dark', PAGES));
});
