/**
 * Real Chromium for the site tests: Debian's `chromium` package driven by playwright-core.
 * A missing browser fails the tests with the command that installs it, never skips them.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for a sandboxed machine with no network beyond localhost. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is needed for the browser tests and was not found at ${CHROMIUM}.\n` +
        'Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).',
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
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
 * One Chromium for the tests of the enclosing suite: launched before them, closed after. Call it
 * in a `describe` (or at a file's top level); the tests call the returned function for the browser.
 */
export function suiteBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is used before the suite launched it');
    return browser;
  };
}
