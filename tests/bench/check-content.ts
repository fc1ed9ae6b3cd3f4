/**
 * `npm run check-content` timed as an editor or a pre-commit hook runs it: a fresh process each
 * time (node start, imports, the whole check), wall-clock, with the CPU the child used.
 * The goal is under two seconds on an idle machine; on a busy one the wall time runs long, the
 * CPU time less so.
 */
import { spawnSync } from 'node:child_process';

export interface CheckRun {
  ms: number;
  /** User + system CPU of the child, in ms. */
  cpuMs: number;
  ok: boolean;
}

export function timedContentCheck(runs: number): CheckRun[] {
  const out: CheckRun[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const result = spawnSync('node_modules/.bin/node', ['--input-type=module', '-e', CHILD], { encoding: 'utf8' });
    const ms = performance.now() - started;
    const cpuMs = Number(/cpu=(\d+)/.exec(result.stdout)?.[1] ?? NaN);
    out.push({ ms, cpuMs, ok: result.status === 0 });
  }
  return out;
}

// Runs the command in a child that reports its own CPU use at exit.
const CHILD = `
process.on('exit', () => { const u = process.cpuUsage(); process.stdout.write(' cpu=' + Math.round((u.user + u.system) / 1000)); });
await import(${JSON.stringify(new URL('../../src/cli/check-content.ts', import.meta.url).href)});
`;
