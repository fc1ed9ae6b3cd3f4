/**
 * Renamed claims and entities keep their old addresses, through a REAL `astro build` of the
 * fixture edition with one claim id and one entity slug retired and mapped under `moved`: the
 * old `/claims/<old>/` and `/entities/<old>/` forward to the new pages (and a browser lands
 * there), `_redirects` tells static hosts the same, and `#claim-<old>` still lands in the article.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE, fixtureEdition, replaceOnce } from '../support/fixture-edition.ts';
import { launch } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';

const ABOUT_PAGE = '---\ntitle: About\ndescription: About the sample edition.\n---\nAbout the sample.\n';

let content: string;
let outDir: string;
let output = '';

beforeAll(async () => {
  content = fixtureEdition({
    [ARTICLE]: replaceOnce('id: drones-are-cheap', 'id: cheap-drones'),
    'entities/context-only.md': replaceOnce('related: [acme]', 'related: [acme-corp]'),
    'entities/rainbow-drone.md': replaceOnce('related: [acme]', 'related: [acme-corp]'),
    'permalinks.json': (text) => {
      const manifest = JSON.parse(text);
      manifest.claims.published.push('cheap-drones');
      manifest.claims.moved = { 'drones-are-cheap': 'cheap-drones' };
      manifest.entities.published.push('acme-corp');
      manifest.entities.moved = { acme: 'acme-corp' };
      return JSON.stringify(manifest, null, 2);
    },
  });
  renameSync(join(content, 'entities/acme.md'), join(content, 'entities/acme-corp.md'));
  mkdirSync(join(content, 'pages'), { recursive: true });
  writeFileSync(join(content, 'pages/about.md'), ABOUT_PAGE);
  outDir = join(mkdtempSync(join(tmpdir(), 'moved-out-')), 'dist');
  const code = await new Promise<number>((resolve) =>
    execFile(
      'npx',
      ['--no', 'astro', 'build', '--outDir', outDir],
      { env: { ...process.env, EDITION_CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        output = `${stdout}\n${stderr}`;
        resolve(error ? 1 : 0);
      },
    ),
  );
  expect(code, output).toBe(0);
}, 180_000);

afterAll(() => {
  rmSync(content, { recursive: true, force: true });
  rmSync(join(outDir, '..'), { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(outDir, path), 'utf8');

describe('retired addresses still land', () => {
  it('/claims/<old>/ and /entities/<old>/ are pages that forward to the new address, with a link', () => {
    const claim = read('claims/drones-are-cheap/index.html');
    expect(claim).toMatch(/<meta http-equiv="refresh" content="0; url=\/claims\/cheap-drones\/"/);
    expect(claim).toContain('<a href="/claims/cheap-drones/">');
    const entity = read('entities/acme/index.html');
    expect(entity).toMatch(/<meta http-equiv="refresh" content="0; url=\/entities\/acme-corp\/"/);
    expect(read('claims/cheap-drones/index.html')).toContain('application/ld+json');
  });

  it('_redirects sends both old addresses to the new ones, and the sitemap lists only the new', () => {
    const redirects = read('_redirects').split('\n');
    expect(redirects).toContain('/claims/drones-are-cheap/ /claims/cheap-drones/ 301');
    expect(redirects).toContain('/entities/acme/ /entities/acme-corp/ 301');
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain('/claims/cheap-drones/</loc>');
    expect(sitemap).not.toContain('/claims/drones-are-cheap/</loc>');
  });

  it('in Chromium, the old claim address and the old #claim- anchor land on the claim', { timeout: 60_000 }, async () => {
    const server = await serveDist(outDir);
    const browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/claims/drones-are-cheap/`);
      await page.waitForURL(/\/claims\/cheap-drones\/$/);
      expect(await page.locator('[data-claim-page="cheap-drones"]').count()).toBe(1);
      await page.goto(`${server.url}/sample-op-ed/#claim-drones-are-cheap`);
      expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('claim-drones-are-cheap');
      expect(
        await page.evaluate(
          () => document.querySelector('#claim-drones-are-cheap')?.closest('p')?.querySelector('mark[data-claim="cheap-drones"]') !== null,
        ),
      ).toBe(true);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
