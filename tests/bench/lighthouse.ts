/**
 * Lighthouse 13 through its Node API: the default config (mobile, simulated throttling), the
 * four categories. Each page gets a Chromium of its own, started here with a DevTools port and
 * stopped by its process id when the page is done.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseResult {
  path: string;
  ok: boolean;
  error?: string;
  /** 0–100, as the report shows them; null when Lighthouse could not score a category. */
  scores: Partial<Record<Category, number | null>>;
  /** Milliseconds (CLS unitless), from the simulated mobile load. */
  metrics: Partial<Record<'fcp' | 'lcp' | 'tbt' | 'cls' | 'si', number>>;
  /** Audits that scored below 0.9 in a scored category: id and title, for reading. */
  failing: Array<{ category: Category; id: string; title: string; score: number | null }>;
  warnings: string[];
  /** Lighthouse's measure of the machine's speed when it ran (lower is slower; a busy machine scores low). */
  benchmarkIndex?: number;
}

/** The tests' flags, plus a DevTools port for Lighthouse. */
const ARGS = [...CHROMIUM_ARGS, '--no-default-browser-check', '--remote-debugging-port=0'];

async function startChromium(): Promise<{ port: number; child: ChildProcess; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const child = spawn(CHROMIUM, [...ARGS, `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port in 20 s:\n${seen.slice(-2000)}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code}) before giving a DevTools port:\n${seen.slice(-2000)}`));
    });
  });
  return { port, child, profile };
}

async function stopChromium(child: ChildProcess, profile: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise((done) => child.once('exit', done));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  // Chromium's helpers may still be writing to the profile as it exits: retry, and never let a
  // leftover temporary folder stop the bench.
  try {
    rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
  } catch {
    // Left in the system's temporary folder.
  }
}

export async function runLighthouse(baseUrl: string, path: string): Promise<LighthouseResult> {
  const result: LighthouseResult = { path, ok: false, scores: {}, metrics: {}, failing: [], warnings: [] };
  let chrome: Awaited<ReturnType<typeof startChromium>> | undefined;
  try {
    chrome = await startChromium();
    const run = await lighthouse(baseUrl + path, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!run) throw new Error('Lighthouse returned no result');
    const lhr = run.lhr;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    for (const id of CATEGORIES) {
      const score = lhr.categories[id]?.score;
      result.scores[id] = score === null || score === undefined ? null : Math.round(score * 100);
      for (const ref of lhr.categories[id]?.auditRefs ?? []) {
        const audit = lhr.audits[ref.id];
        if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
        result.failing.push({ category: id, id: ref.id, title: audit.title, score: audit.score });
      }
    }
    const metric = (id: string) => lhr.audits[id]?.numericValue;
    const metrics = {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    };
    for (const [key, value] of Object.entries(metrics)) {
      if (value !== undefined) result.metrics[key as keyof typeof metrics] = value;
    }
    result.warnings = lhr.runWarnings ?? [];
    result.benchmarkIndex = lhr.environment?.benchmarkIndex;
    result.ok = true;
  } catch (error) {
    result.error = (error as Error).message;
  } finally {
    if (chrome) await stopChromium(chrome.child, chrome.profile);
  }
  return result;
}

export interface LighthouseMedian extends LighthouseResult {
  /** Every run's scores, metrics and machine speed; the figures above are the median run's. */
  runs: Array<Pick<LighthouseResult, 'ok' | 'error' | 'scores' | 'metrics' | 'benchmarkIndex'>>;
}

/**
 * Runs Lighthouse `count` times and keeps the median run by performance score (scores move by
 * several points between runs on a shared 2-core machine; Lighthouse itself advises the median).
 */
export async function runLighthouseMedian(baseUrl: string, path: string, count: number): Promise<LighthouseMedian> {
  const all: LighthouseResult[] = [];
  for (let i = 0; i < count; i++) all.push(await runLighthouse(baseUrl, path));
  const ok = all.filter((r) => r.ok).sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
  const chosen = ok[Math.floor((ok.length - 1) / 2)] ?? all[all.length - 1]!;
  return {
    ...chosen,
    runs: all.map(({ ok, error, scores, metrics, benchmarkIndex }) => ({ ok, error, scores, metrics, benchmarkIndex })),
  };
}
