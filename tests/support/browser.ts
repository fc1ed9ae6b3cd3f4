/**
 * Real Chromium for the site tests: Debian's `chromium` package driven by playwright-core.
 * A missing browser fails the tests with the command that installs it, never skips them.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launch } from './chromium.ts';

export { CHROMIUM, CHROMIUM_ARGS, launch } from './chromium.ts';

/**
 * The browser for a test file: the site tests' one Chromium, launched by their global set-up and
 * shared by every file (a launch costs about two seconds of CPU, and there are sixteen files),
 * or a Chromium of its own where no set-up launched one (the build project's tests).
 */
export async function testBrowser(): Promise<Browser> {
  const endpoint = inject('browserEndpoint');
  return endpoint ? chromium.connect(endpoint) : launch();
}

export const VIEWPORTS = {
  desktop: { width: 1440, height: 900 },
  mobile: { width: 390, height: 844 },
} as const;

/** A fresh page in its own context (cookies, JS setting, colour scheme). */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORTS.desktop, ...options });
  return context.newPage();
}

/**
 * The Chromium for the tests of the enclosing suite (testBrowser): opened before them, closed after. Call it
 * in a `describe` (or at a file's top level); the tests call the returned function for the browser.
 */
export function suiteBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await testBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is used before the suite launched it');
    return browser;
  };
}
