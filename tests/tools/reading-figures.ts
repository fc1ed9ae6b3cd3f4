/**
 * The reading page's figures for the README: `node tests/tools/reading-figures.ts [dist] [item selector] [dataset key]`.
 * Largest gap between paragraphs, margin items within one line of their words, largest drift and
 * overlaps at 1440, 1280 and 1100 px; printed A4 pages at 15 mm margins; the HTML's brotli size.
 * With `'.oped [data-claim-note]' claimNote` it measures the earlier layout, whose margin held
 * the notes themselves.
 */
import { readFileSync } from 'node:fs';
import { brotliCompressSync } from 'node:zlib';
import { launch } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';
import { layoutFigures, measureReading } from '../support/reading-layout.ts';

const [dist = 'dist', selector = '[data-claim-margin]', key = 'claimMargin'] = process.argv.slice(2);
const path = '/russia-must-expand-relationship-with-china/';
const server = await serveDist(dist);
const browser = await launch();
try {
  for (const width of [1440, 1280, 1100]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(server.url + path);
    const f = layoutFigures(await measureReading(page, selector, key));
    const px = (n: number) => `${Math.round(n)} px`;
    console.log(
      `${width} px: largest gap ${px(f.largestGap)} (allowed ${px(f.allowedGap)}); within one line ${f.withinOneLine} of ${f.items}` +
        ` (${Math.round(f.share * 100)}%); largest drift ${px(f.largestDrift)} (${(f.largestDrift / f.lineHeight).toFixed(1)} lines); overlaps ${f.overlaps}`,
    );
    await page.close();
  }
  const page = await browser.newPage();
  await page.goto(server.url + path);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', right: '15mm', bottom: '15mm', left: '15mm' } });
  console.log(`print: ${(pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length} A4 pages`);
  const html = readFileSync(`${dist}${path}index.html`);
  console.log(`HTML: ${(html.length / 1024).toFixed(1)} KB, ${(brotliCompressSync(html).length / 1024).toFixed(1)} KB brotli`);
} finally {
  await browser.close();
  await server.close();
}
