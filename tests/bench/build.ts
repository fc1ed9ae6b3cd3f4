/**
 * Timed clean builds: `npx astro build` as a person runs it, with the output folder and the
 * build caches (`node_modules/.astro`, `node_modules/.vite`) removed first. Whatever the build
 * does (Pagefind included, once an integration runs it) is in the time.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

export interface BuildRun {
  ok: boolean;
  ms: number;
  /** The end of the build's output when it failed or timed out. */
  error?: string;
}

// The terminal's colour codes start with ESC.
const COLOUR_CODES = /\x1b\[[0-9;]*m/g;

export function cleanBuildState(outDir: string): void {
  for (const dir of [outDir, 'node_modules/.astro', 'node_modules/.vite']) rmSync(dir, { recursive: true, force: true });
}

export async function timedBuild(options: { outDir?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<BuildRun> {
  const outDir = options.outDir ?? 'dist';
  cleanBuildState(outDir);
  const args = ['astro', 'build', ...(options.outDir ? ['--outDir', options.outDir] : [])];
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    tail.push(...chunk.toString().split('\n'));
    if (tail.length > 60) tail.splice(0, tail.length - 60);
  };
  const started = performance.now();
  const child = spawn('npx', args, {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a timeout can stop npx and the build it started together.
    detached: true,
  });
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let timedOut = false;
  const timer = options.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      }, options.timeoutMs)
    : undefined;
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const ms = performance.now() - started;
  if (timer) clearTimeout(timer);
  if (code === 0) return { ok: true, ms };
  const output = tail.join('\n').replace(COLOUR_CODES, '').trim();
  return {
    ok: false,
    ms,
    error: timedOut ? `stopped after ${Math.round(ms / 1000)} s (BENCH_SCALE_TIMEOUT)` : output.split('\n').slice(-25).join('\n'),
  };
}
