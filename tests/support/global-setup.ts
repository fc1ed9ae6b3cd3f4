/**
 * Builds the site once and serves `dist/` on a free local port for the site tests. Set
 * SKIP_BUILD=1 to reuse an existing `dist/` while iterating on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from './serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
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
  return () => server.close();
}
