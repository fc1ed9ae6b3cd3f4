/**
 * The big-article run: one synthetic article of about 1 MB in 800 paragraphs, built into a
 * temporary folder, with the time Astro reports for each page. Work that grows with paragraphs ×
 * text (as /cite/ once did: 42 s for this article) stands out here long before a real edition
 * is that long.
 *
 * The article is the edition's own, word for word (so every claim still anchors and every alias
 * occurs), followed by filler paragraphs made of words the article never uses, so no quote
 * becomes ambiguous; each filler paragraph opens with its own number, which keeps the paragraph
 * ids distinct, and the ids are recorded in the copied permalink manifest as the build requires.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { paragraphId } from '../../src/edition/paragraph-ids.ts';

export const BIG_PARAGRAPHS = 800;
export const BIG_BYTES = 1024 * 1024;

const FILLER =
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia deserunt mollit anim id est laborum'.split(
    ' ',
  );

export interface BigArticleRow {
  ok: boolean;
  error?: string;
  paragraphs: number;
  bytes: number;
  buildMs: number;
  /** Each page's render time as Astro reports it, slowest first. */
  pages: Array<{ path: string; ms: number }>;
}

/** Writes the edition with a 1 MB article under `root`; returns the content folder and the article's slug. */
export function makeBigEdition(root: string, source = 'content'): { contentDir: string; slug: string; paragraphs: number; bytes: number } {
  const contentDir = join(root, 'content');
  cpSync(source, contentDir, { recursive: true });
  const articles = join(contentDir, 'articles');
  const name = readdirSync(articles)
    .filter((f) => f.endsWith('.md'))
    .sort()[0]!;
  const slug = name.slice(0, -'.md'.length);
  const file = join(articles, name);
  let text = readFileSync(file, 'utf8').trimEnd();
  const bodyStart = text.indexOf('\n---\n', 4) + 5;
  const own = text
    .slice(bodyStart)
    .split(/\n{2,}/)
    .filter((p) => p.trim()).length;
  const count = Math.max(0, BIG_PARAGRAPHS - own);
  const per = Math.ceil((BIG_BYTES - Buffer.byteLength(text)) / Math.max(1, count));
  const ids: string[] = [];
  let seed = 1;
  const word = () => {
    seed = (seed * 48271) % 2147483647;
    return FILLER[seed % FILLER.length]!;
  };
  const filler: string[] = [];
  for (let i = 1; i <= count; i++) {
    let paragraph = `Filler ${i} ${word()} ${word()} ${word()}`;
    while (paragraph.length < per) paragraph += ` ${word()}`;
    paragraph = `${paragraph}.`;
    filler.push(paragraph);
    ids.push(paragraphId(paragraph));
  }
  text = `${text}\n\n${filler.join('\n\n')}\n`;
  writeFileSync(file, text);
  const manifestFile = join(contentDir, 'permalinks.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { published: Record<string, string[]> };
  manifest.published[slug] = [...(manifest.published[slug] ?? []), ...ids];
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  return { contentDir: resolve(contentDir), slug, paragraphs: own + count, bytes: Buffer.byteLength(text) };
}

/** Astro's per-route lines: "├─ /about/index.html (+173ms)", "(+2.31s)", "(+1m 32s)". */
export function pageTimes(output: string): Array<{ path: string; ms: number }> {
  const pages = [];
  for (const m of output.matchAll(/[├└]─ (\S+) \(\+(?:(\d+)m (\d+)s|([\d.]+)(ms|s))\)/g)) {
    const ms = m[2] !== undefined ? (Number(m[2]) * 60 + Number(m[3])) * 1000 : Number(m[4]) * (m[5] === 's' ? 1000 : 1);
    pages.push({ path: m[1]!, ms });
  }
  return pages.sort((a, b) => b.ms - a.ms);
}

export async function bigArticleRun(options: { timeoutMs: number; keep?: boolean; log: (line: string) => void }): Promise<BigArticleRow> {
  const root = mkdtempSync(join(tmpdir(), 'bench-big-article-'));
  try {
    const { contentDir, paragraphs, bytes } = makeBigEdition(root);
    const outDir = join(root, 'dist');
    options.log(`  building one article of ${(bytes / 1024).toFixed(0)} KB in ${paragraphs} paragraphs into ${outDir} …`);
    const started = performance.now();
    const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', EDITION_CONTENT_DIR: contentDir },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGTERM'), options.timeoutMs);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearTimeout(timer);
    const buildMs = performance.now() - started;
    const clean = output.replace(/\x1b\[[0-9;]*m/g, '');
    return {
      ok: code === 0,
      error: code === 0 ? undefined : clean.trim().split('\n').slice(-25).join('\n'),
      paragraphs,
      bytes,
      buildMs,
      pages: pageTimes(clean),
    };
  } finally {
    if (options.keep) options.log(`  kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}
