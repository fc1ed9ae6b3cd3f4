/**
 * Screenshots of the glossary for looking at: `node tests/tools/glossary-screenshots.ts [slug]`
 * after `npm run build`. Writes PNGs to `screenshots/` (not committed):
 *
 * - the article with an entity popover opened by keyboard, at 1440 px and 390 px, light and dark;
 * - the glossary index and one entity page (default: avic), light and dark, desktop and mobile.
 *
 * Set FULL=1 for full-page shots.
 */
import { mkdirSync } from 'node:fs';
import { launch, VIEWPORTS } from '../support/browser.ts';
import { serveDist } from '../support/serve.ts';
import { ARTICLE_PATH } from '../support/html.ts';

const slug = process.argv.slice(2).find((a) => /^[a-z0-9-]+$/.test(a)) ?? 'avic';
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const fullPage = process.env.FULL === '1';

const server = await serveDist('dist');
const browser = await launch();
type Scheme = 'light' | 'dark';
const viewports = { desktop: VIEWPORTS.desktop, mobile: VIEWPORTS.mobile } as const;

try {
  for (const [label, viewport] of Object.entries(viewports)) {
    for (const colorScheme of ['light', 'dark'] as Scheme[]) {
      const suffix = `${label}${colorScheme === 'dark' ? '-dark' : ''}`;
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();

      // The article with the popover of the entity's first linked mention open.
      await page.goto(`${server.url}${ARTICLE_PATH}`);
      const mention = page.locator(`button.ent[data-entity="${slug}"]`).first();
      // The mention a third of the way down, so the popover has room below it.
      await mention.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -window.innerHeight / 3);
      });
      await mention.focus();
      await page.keyboard.press('Enter');
      await page.locator(`#entity-${slug}:popover-open`).waitFor();
      await page.screenshot({ path: `${out}/popover-${slug}-${suffix}.png` });

      await page.goto(`${server.url}/entities/`);
      await page.screenshot({ path: `${out}/glossary-${suffix}.png`, fullPage });

      await page.goto(`${server.url}/entities/${slug}/`);
      await page.screenshot({ path: `${out}/entity-${slug}-${suffix}.png`, fullPage });
      await context.close();
    }
  }
  console.log(`glossary screenshots in ${out}/`);
} finally {
  await browser.close();
  await server.close();
}
