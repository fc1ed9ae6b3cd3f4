/**
 * Every paragraph has a permalink that a reader can see, reach by keyboard and follow; opening
 * it scrolls the paragraph into view and marks it, with JavaScript on or off.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { suiteBrowser, openPage } from '../support/browser.ts';
import { ARTICLE_PATH, page, select, selectAll } from '../support/html.ts';

const manifest = JSON.parse(readFileSync('content/permalinks.json', 'utf8')) as {
  published: Record<string, string[]>;
  moved: Record<string, Record<string, string>>;
};
const slug = ARTICLE_PATH.replaceAll('/', '');

describe('paragraph permalinks in the built page', () => {
  const doc = page(ARTICLE_PATH);
  const paragraphs = selectAll('.text > p, .oped-foot > p.bio, .oped-foot > p.disclaimer', doc);

  it('every paragraph has an id and a permalink control pointing at it', () => {
    expect(paragraphs.length).toBeGreaterThan(20);
    for (const p of paragraphs) {
      const id = String(p.properties.id);
      const control = select('a.pilcrow', p);
      expect(control?.properties.href, `paragraph ${id}`).toBe(`#${id}`);
      expect(select('.vh', control!)).toBeTruthy();
    }
  });

  it('every published id still resolves on the page, directly or as a moved alias', () => {
    const ids = new Set(selectAll('[id]', doc).map((e) => String(e.properties.id)));
    for (const id of manifest.published[slug] ?? []) expect(ids.has(id), `#${id} is gone`).toBe(true);
    for (const old of Object.keys(manifest.moved[slug] ?? {})) expect(ids.has(old), `#${old} is gone`).toBe(true);
  });
});

describe('opening a paragraph permalink in Chromium', () => {
  const browser = suiteBrowser();

  const target = 'russian-technologies-has-also-begun';

  for (const javaScriptEnabled of [true, false]) {
    it(`scrolls the paragraph into view and marks it (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const tab = await openPage(browser(), { javaScriptEnabled, viewport: { width: 390, height: 700 } });
      await tab.goto(`${inject('baseUrl')}${ARTICLE_PATH}#${target}`);
      const paragraph = tab.locator(`#${target}`);
      await expect.poll(() => paragraph.evaluate((el) => el.matches(':target'))).toBe(true);
      const box = (await paragraph.boundingBox())!;
      expect(box.y, 'the paragraph top is below the top edge').toBeGreaterThanOrEqual(0);
      expect(box.y, 'the paragraph starts within the first screen').toBeLessThan(700 / 2);
      const background = await paragraph.evaluate((el) => getComputedStyle(el).backgroundColor);
      const normal = await tab
        .locator('.text > p')
        .first()
        .evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background, 'the target paragraph is marked').not.toBe(normal);
      await tab.context().close();
    });
  }

  it('the permalink control is reachable by keyboard and leads to its paragraph', async () => {
    const tab = await openPage(browser());
    await tab.goto(`${inject('baseUrl')}${ARTICLE_PATH}`);
    const control = tab.locator(`#${target} a.pilcrow`);
    await control.focus();
    expect(await control.evaluate((el) => el === document.activeElement && getComputedStyle(el).outlineStyle !== 'none')).toBe(true);
    await tab.keyboard.press('Enter');
    await expect.poll(() => tab.evaluate(() => location.hash)).toBe(`#${target}`);
    await tab.context().close();
  });
});
