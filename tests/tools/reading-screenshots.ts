/**
 * Screenshots of the reading page for looking at the claims' layout: `node tests/tools/reading-screenshots.ts [out]`.
 * 1440, 1100 and 390 px (each also with a note open), dark, 200% text; the PDF, and two A4-sized
 * views of the print layout (print media at the width of A4 less 15 mm margins).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { launch } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';

const out = process.argv[2] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const path = '/russia-must-expand-relationship-with-china/';
const server = await serveDist('dist');
const browser = await launch();
try {
  const shots: Array<[string, { width: number; height: number }, 'light' | 'dark', number, boolean]> = [
    ['reading-1440', { width: 1440, height: 900 }, 'light', 1, true],
    ['reading-1100', { width: 1100, height: 800 }, 'light', 1, true],
    ['reading-390', { width: 390, height: 844 }, 'light', 1, true],
    ['reading-1440-dark', { width: 1440, height: 900 }, 'dark', 1, true],
    ['reading-1440-text200', { width: 1440, height: 900 }, 'light', 2, false],
  ];
  for (const [name, viewport, colorScheme, zoom, open] of shots) {
    const context = await browser.newContext({ viewport, colorScheme });
    const page = await context.newPage();
    await page.goto(server.url + path);
    if (zoom !== 1) {
      // 200% text: the user's default font size doubled (rem and em breakpoints follow it).
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    }
    await page.screenshot({ path: `${out}/${name}.png` });
    if (open) {
      const marker = page.locator('button.mk').nth(5);
      await marker.scrollIntoViewIfNeeded();
      await page.evaluate(() => scrollBy(0, -200));
      await marker.click();
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${out}/${name}-open.png` });
    }
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + path);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', right: '15mm', bottom: '15mm', left: '15mm' } });
  writeFileSync(`${out}/reading-print.pdf`, pdf);
  console.log('pages', (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length);
  await context.close();
  // 180 mm × 267 mm at 96 dpi.
  const print = await browser.newContext({ viewport: { width: 680, height: 1009 } });
  const printed = await print.newPage();
  await printed.goto(server.url + path);
  await printed.emulateMedia({ media: 'print' });
  for (const [i, y] of [0, 2].entries()) {
    await printed.evaluate((top) => scrollTo(0, top * 1009), y);
    await printed.screenshot({ path: `${out}/reading-print-${i + 1}.png` });
  }
  await print.close();
} finally {
  await browser.close();
  await server.close();
}
