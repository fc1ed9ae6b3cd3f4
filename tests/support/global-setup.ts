/**
 * Builds the site once and serves `dist/` on a free local port for the site tests, and starts
 * the one Chromium they share. Set SKIP_BUILD=1 to reuse an existing `dist/` while iterating on
 * tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { serveDist } from './serve.ts';
import { chromiumOptions } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The site tests' shared Chromium (tests/support/browser.ts, testBrowser). */
    browserEndpoint?: string;
  }
}

export default async function setup(project: TestProject) {
  if (!process.env.SKIP_BUILD || !existsSync('dist/index.html')) {
    execFileSync('npx', ['astro', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  const server = await serveDist('dist');
  project.provide('baseUrl', server.url);
  const browser = await chromium.launchServer(chromiumOptions());
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
