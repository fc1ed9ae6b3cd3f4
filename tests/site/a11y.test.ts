/**
 * axe finds nothing on each template of the site, at 1440 px and at 390 px, in the light and
 * the dark colour scheme. A template is checked on the few pages that between them show every
 * part of it (tests/support/templates.ts): the 34 entity pages are one template, and checking
 * each of them checked the same markup 34 times. The open states (notes, popovers, the search
 * dialog with results) are a11y-open.test.ts; html-validate still reads every page
 * (html-and-links.test.ts).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, VIEWPORTS } from '../support/browser.ts';
import { checkPages } from '../support/axe.ts';
import { templatePages } from '../support/templates.ts';

const PAGES = templatePages();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['light', 'dark'] as const)('axe finds nothing on any template, %s', (scheme) => {
  it(`at 1440 px (${PAGES.join(', ')})`, { timeout: 120_000 }, () => checkPages(browser, VIEWPORTS.desktop, scheme, PAGES));
  it('at 390 px (the same pages)', { timeout: 120_000 }, () => checkPages(browser, VIEWPORTS.mobile, scheme, PAGES));
});
