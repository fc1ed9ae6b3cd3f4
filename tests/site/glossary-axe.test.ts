/**
 * The glossary pages pass axe (WCAG 2 A/AA rules, colour contrast included) in light and dark:
 * the index, an entity the text names, and a context entity.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser.ts';

const PATHS = ['/entities/', '/entities/united-states/', '/entities/casc/'];

describe('glossary pages under axe', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it.each(PATHS)(`%s has no violations (${colorScheme})`, async (path) => {
      const tab = await openPage(browser, { colorScheme });
      await tab.goto(`${inject('baseUrl')}${path}`);
      const { violations } = await new AxeBuilder({ page: tab }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
      await tab.context().close();
    });
  }
});
