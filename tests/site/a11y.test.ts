/**
 * axe finds nothing on each template of the site, at 1440 px and at 390 px, in the light and
 * the dark colour scheme (tests/support/axe.ts, WAYS). A template is checked on the few pages
 * that between them show every part of it (tests/support/templates.ts): the 34 entity pages are
 * one template, and checking each of them checked the same markup 34 times. The open states
 * (notes, popovers, the search dialog with results) are a11y-open.test.ts; html-validate still
 * reads every page (html-and-links.test.ts).
 */
import { describe, it } from 'vitest';
import { suiteBrowser } from '../support/browser.ts';
import { checkPages } from '../support/axe.ts';
import { templatePages } from '../support/templates.ts';

const PAGES = templatePages();

describe('axe finds nothing on any template, at 1440 and 390 px, light and dark', () => {
  const browser = suiteBrowser();
  // Two halves, so that a failure names fewer pages and each test stays well inside its time.
  const half = Math.ceil(PAGES.length / 2);
  for (const pages of [PAGES.slice(0, half), PAGES.slice(half)]) {
    it(pages.join(', '), { timeout: 120_000 }, () => checkPages(browser(), pages));
  }
});
