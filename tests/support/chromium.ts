/**
 * Debian's `chromium` package, driven by playwright-core, with the flags for a sandboxed machine
 * with no network beyond localhost. No vitest here: the global set-up launches it too.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

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

/** Launch options for Chromium, failing with the command that installs it if it is missing. */
export function chromiumOptions(): LaunchOptions {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is needed for the browser tests and was not found at ${CHROMIUM}.\n` +
        'Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH).',
    );
  }
  return { executablePath: CHROMIUM, args: CHROMIUM_ARGS };
}

export function launch(): Promise<Browser> {
  return chromium.launch(chromiumOptions());
}
