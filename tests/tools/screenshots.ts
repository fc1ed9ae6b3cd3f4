/**
 * Screenshots of the built site for looking at: `npm run screenshots [-- path ...]`.
 * Writes PNGs (desktop, mobile, dark, print) to `screenshots/` (not committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { launch, VIEWPORTS } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const targets = paths.length ? paths : ['/russia-must-expand-relationship-with-china/'];
const out = 'screenshots';
mkdirSync(out, { recursive: true });

const server = await serveDist('dist');
const browser = await launch();
try {
  for (const path of targets) {
    const name = path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    const shots: Array<[string, { viewport: { width: number; height: number }; colorScheme: 'light' | 'dark' }]> = [
      ['desktop', { viewport: VIEWPORTS.desktop, colorScheme: 'light' }],
      ['mobile', { viewport: VIEWPORTS.mobile, colorScheme: 'light' }],
      ['dark', { viewport: VIEWPORTS.desktop, colorScheme: 'dark' }],
      ['mobile-dark', { viewport: VIEWPORTS.mobile, colorScheme: 'dark' }],
      ['narrow-320', { viewport: { width: 320, height: 700 }, colorScheme: 'light' }],
      ['wide-1600', { viewport: { width: 1600, height: 1000 }, colorScheme: 'light' }],
    ];
    for (const [label, options] of shots) {
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.url + path);
      await page.screenshot({ path: `${out}/${name}-${label}.png`, fullPage: process.env.FULL === '1' });
      await context.close();
    }
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url + path);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync(`${out}/${name}-print.pdf`, pdf);
    try {
      execFileSync('pdftoppm', ['-png', '-r', '60', `${out}/${name}-print.pdf`, `${out}/${name}-print`]);
    } catch {
      console.warn('pdftoppm not found (apt-get install poppler-utils): kept the PDF only');
    }
    await context.close();
    console.log(`screenshots of ${path} in ${out}/`);
  }
} finally {
  await browser.close();
  await server.close();
}
