/**
 * axe-core in Chromium for the accessibility gates: WCAG 2.0/2.1/2.2 A and AA plus best
 * practice. axe is loaded into every page of a context by an init script and run in the page:
 * four times faster than injecting it anew for each check.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A browser context whose pages all carry axe. */
export async function axeContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: AXE });
  return context;
}

interface AxeViolation {
  id: string;
  impact: string;
  nodes: Array<{ target: string[] }>;
}

/**
 * The rules whose outcome depends on the colour scheme: every other rule reads markup, names,
 * roles and sizes, which are the same in light and dark, so the dark run checks only these.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** What axe finds on the page as it is now (every rule of TAGS, or only `rules`): a line per rule, naming the first elements. */
export async function violations(page: Page, rules?: readonly string[]): Promise<string[]> {
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: TAGS };
  const found = await page.evaluate(
    (only) =>
      (window as unknown as { axe: { run(ctx: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe
        // Only violations are collected in full: gathering every pass makes axe slower.
        .run(document, { runOnly: only, resultTypes: ['violations'] })
        .then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
    runOnly,
  );
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** axe on each of `paths` in one context; fails naming every page and rule. */
export async function checkPages(
  browser: Browser,
  viewport: { width: number; height: number },
  colorScheme: 'light' | 'dark',
  paths: string[],
) {
  const context = await axeContext(browser, { viewport, colorScheme });
  const page = await context.newPage();
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(inject('baseUrl') + path);
    // In dark, the colour rules only: the rest is the same markup, already checked in light.
    const v = await violations(page, colorScheme === 'dark' ? COLOUR_RULES : undefined);
    if (v.length) found[path] = v;
  }
  await context.close();
  expect(found).toEqual({});
}
