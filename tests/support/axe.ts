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

/**
 * What axe finds on the page as it is now (every rule of TAGS, or only `rules`), in the whole
 * document or only `within` the elements a selector names: a line per rule, naming the first
 * elements.
 */
export async function violations(page: Page, rules?: readonly string[], within?: string): Promise<string[]> {
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: TAGS };
  const found = await page.evaluate(
    async ({ only, scope }) => {
      // axe reads selectors with its own parser, which may not know `:popover-open`: mark the elements.
      const marked = scope ? [...document.querySelectorAll(scope)] : [];
      for (const el of marked) el.setAttribute('data-axe-scope', '');
      if (scope && !marked.length) throw new Error(`nothing matches ${scope}`);
      const axe = (window as unknown as { axe: { run(ctx: unknown, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
      // Only violations are collected in full: gathering every pass makes axe slower.
      const result = await axe.run(scope ? { include: ['[data-axe-scope]'] } : document, { runOnly: only, resultTypes: ['violations'] });
      for (const el of marked) el.removeAttribute('data-axe-scope');
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    },
    { only: runOnly, scope: within },
  );
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** The ways every page is checked: at each width, light with every rule, dark with the colour rules. */
export const WAYS = [
  { name: '1440 px, light', viewport: { width: 1440, height: 900 }, colorScheme: 'light', rules: undefined },
  { name: '1440 px, dark', viewport: { width: 1440, height: 900 }, colorScheme: 'dark', rules: COLOUR_RULES },
  { name: '390 px, dark', viewport: { width: 390, height: 844 }, colorScheme: 'dark', rules: COLOUR_RULES },
  { name: '390 px, light', viewport: { width: 390, height: 844 }, colorScheme: 'light', rules: undefined },
] as const;

/**
 * axe on each of `paths`, every way in WAYS, in one context; fails naming every page, way and
 * rule. Each page is loaded once and then resized and switched between colour schemes: the
 * site's layout and colours are CSS alone (no script reads the width or the scheme), so this is
 * what a fresh load at each would show, for a quarter of the page loads. The same loads are
 * watched for requests to another site (third-parties.test.ts says why), which fail it too.
 */
export async function checkPages(browser: Browser, paths: string[]) {
  const context = await axeContext(browser, {});
  const origin = new URL(inject('baseUrl')).origin;
  const outside: string[] = [];
  context.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(`${r.frame().url()} → ${r.url()}`);
  });
  const page = await context.newPage();
  const found: Record<string, string[]> = {};
  for (const path of paths) {
    await page.goto(inject('baseUrl') + path);
    for (const way of WAYS) {
      await page.setViewportSize(way.viewport);
      await page.emulateMedia({ colorScheme: way.colorScheme });
      const v = await violations(page, way.rules);
      if (v.length) found[`${path} at ${way.name}`] = v;
    }
  }
  await context.close();
  expect(found).toEqual({});
  expect(outside, 'requests to another site').toEqual([]);
}
