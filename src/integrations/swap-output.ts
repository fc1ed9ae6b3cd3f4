/**
 * Never replace a good site with a broken one. The build writes into a temporary folder beside
 * the output folder (`dist.tmp-<pid>`), and only when everything has been written (every page,
 * the search index, `_headers`: this integration's hook runs last) does it take the place of
 * `dist/`, by two renames. If anything fails on the way, the temporary folder is removed when the
 * process ends and `dist/` is exactly as it was, so `npm run preview` or a deploy still serves
 * the last good build.
 *
 * Only `astro build` is redirected; `astro preview`, the tests' server and the bench read the
 * output folder itself (`dist/`, or `--outDir`).
 */
import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder a build writes into before it replaces `outDir`. */
export function temporaryOutDir(outDir: string, pid = process.pid): string {
  return `${outDir.replace(/[\\/]+$/, '')}.tmp-${pid}`;
}

/** Puts `built` in the place of `outDir`: the old folder is moved aside, then removed. */
export function swapInto(built: string, outDir: string, pid = process.pid): void {
  const target = outDir.replace(/[\\/]+$/, '');
  const old = `${target}.old-${pid}`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(built, target);
  rmSync(old, { recursive: true, force: true });
}

export default function swapOutput(): AstroIntegration {
  let outDir: string | undefined;
  let temporary: string | undefined;
  let done = false;
  return {
    name: 'edition:swap-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        temporary = temporaryOutDir(outDir);
        rmSync(temporary, { recursive: true, force: true });
        // A URL, as Astro holds it once the config is validated (updateConfig does not convert).
        updateConfig({ outDir: pathToFileURL(`${temporary}/`) });
        const dir = temporary;
        // A failed build leaves no half-written folder behind.
        process.once('exit', () => {
          if (!done) rmSync(dir, { recursive: true, force: true });
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!outDir || !temporary) return;
        const built = fileURLToPath(dir);
        swapInto(built, outDir);
        done = true;
        logger.info(`the new site replaced ${outDir}`);
      },
    },
  };
}
