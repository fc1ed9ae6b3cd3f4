/**
 * Glossary popovers in real Chromium: a mention opens its entity's popover from the keyboard,
 * the popover is announced as a labelled dialog with the summary's first sentence, Escape closes it and focus
 * is back on the mention; all of it without JavaScript too (popovertarget is HTML). On a
 * 320 px screen long mention buttons wrap inside the page, never making it scroll sideways.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { suiteBrowser, openPage } from '../support/browser.ts';
import { ARTICLE_PATH } from '../support/html.ts';
import { loadContent } from '../../src/content/load.ts';
import { firstSentence } from '../../src/lib/sentences.ts';

const entities = new Map(loadContent().entities.map((e) => [e.slug, e.data]));

/** What has focus: its tag, class and data-entity. */
const focused = (tab: Page) =>
  tab.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase(), className: el?.className, entity: el?.getAttribute('data-entity') ?? undefined };
  });

/** Tabs from the top of the page to the first mention button; returns its entity. */
async function tabToFirstMention(tab: Page): Promise<string> {
  for (let i = 0; i < 40; i++) {
    await tab.keyboard.press('Tab');
    const now = await focused(tab);
    if (now.tag === 'button' && String(now.className).split(' ').includes('ent')) return now.entity!;
  }
  throw new Error('no button.ent reached within 40 presses of Tab');
}

const openPopovers = (tab: Page) => tab.evaluate(() => [...document.querySelectorAll(':popover-open')].map((e) => e.id));

describe('entity popovers on the article page', () => {
  const browser = suiteBrowser();

  for (const javaScriptEnabled of [true, false]) {
    it(`open from the keyboard, are announced, and close with Escape (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const tab = await openPage(browser(), { javaScriptEnabled });
      await tab.goto(`${inject('baseUrl')}${ARTICLE_PATH}`);

      const slug = await tabToFirstMention(tab);
      const data = entities.get(slug)!;
      expect(data, `the first mention names "${slug}"`).toBeDefined();
      expect(await openPopovers(tab)).toEqual([]);

      await tab.keyboard.press('Enter');
      expect(await openPopovers(tab)).toEqual([`entity-${slug}`]);
      // Announced: a dialog whose accessible name is the entity's name, showing what it is (the
      // summary's first sentence, as the glossary lists it); the name links to the entry for the rest.
      const dialog = tab.getByRole('dialog', { name: data.name });
      expect(await dialog.isVisible()).toBe(true);
      expect(await dialog.locator('.pop-name').innerText()).toBe(data.name);
      expect((await dialog.innerText()).replace(/\s+/g, ' ')).toContain(firstSentence(data.summary).replace(/\s+/g, ' '));
      expect(await dialog.getByRole('link', { name: data.name }).getAttribute('href')).toBe(`/entities/${slug}/`);

      // Tab goes into the popover next, to its glossary link; Escape closes it and focus returns to the mention.
      await tab.keyboard.press('Tab');
      expect(await tab.evaluate(() => document.activeElement?.closest('[popover]')?.id)).toBe(`entity-${slug}`);
      await tab.keyboard.press('Escape');
      expect(await openPopovers(tab)).toEqual([]);
      expect(await dialog.isVisible()).toBe(false);
      expect(await focused(tab)).toMatchObject({ tag: 'button', entity: slug });

      // Enter again reopens it; its close button closes it.
      await tab.keyboard.press('Enter');
      expect(await openPopovers(tab)).toEqual([`entity-${slug}`]);
      await dialog.getByRole('button', { name: /^Close/ }).click();
      expect(await openPopovers(tab)).toEqual([]);
      await tab.context().close();
    });
  }

  it('JavaScript really is off in the no-JavaScript run', async () => {
    const tab = await openPage(browser(), { javaScriptEnabled: false });
    await tab.setContent('<p id="x">static</p><script>document.getElementById("x").textContent = "ran"</script>');
    expect(await tab.locator('#x').textContent()).toBe('static');
    await tab.context().close();
  });

  it('opening another mention’s popover closes the first (one at a time)', async () => {
    const tab = await openPage(browser());
    await tab.goto(`${inject('baseUrl')}${ARTICLE_PATH}`);
    const [first, second] = await tab
      .locator('button.ent')
      .evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-entity')!));
    await tab.locator(`button.ent[data-entity="${first}"]`).first().click();
    expect(await openPopovers(tab)).toEqual([`entity-${first}`]);
    await tab.locator(`button.ent[data-entity="${second}"]`).first().click();
    expect(await openPopovers(tab)).toEqual([`entity-${second}`]);
    await tab.context().close();
  });
});

describe('mentions on a 320 px screen', () => {
  const browser = suiteBrowser();

  it('long mention buttons wrap within the page: no horizontal scroll', async () => {
    const tab = await openPage(browser(), { viewport: { width: 320, height: 700 } });
    await tab.goto(`${inject('baseUrl')}${ARTICLE_PATH}`);
    const sizes = await tab.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.innerWidth);

    // The longest mentions are wider than the line at this size: each wraps onto several lines
    // and stays inside the viewport.
    const boxes = await tab.locator('button.ent').evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
        return { text: el.textContent!, left: box.left, right: box.right, lines: Math.round(box.height / lineHeight) };
      }),
    );
    const longest = boxes.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    expect(longest.lines, `"${longest.text}" wraps`).toBeGreaterThan(1);
    for (const box of boxes) {
      expect(box.left, `"${box.text}"`).toBeGreaterThanOrEqual(0);
      expect(box.right, `"${box.text}"`).toBeLessThanOrEqual(sizes.innerWidth);
    }
    await tab.context().close();
  });

  it('an open popover fits the screen too', async () => {
    const tab = await openPage(browser(), { viewport: { width: 320, height: 700 } });
    await tab.goto(`${inject('baseUrl')}${ARTICLE_PATH}`);
    const longest = await tab
      .locator('button.ent')
      .evaluateAll((els) =>
        els.reduce((a, b) => ((b.textContent ?? '').length > (a.textContent ?? '').length ? b : a)).getAttribute('data-entity'),
      );
    const button = tab.locator(`button.ent[data-entity="${longest}"]`).first();
    await button.focus();
    await tab.keyboard.press('Enter');
    const box = (await tab.locator(`#entity-${longest}`).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(await tab.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(320);
    await tab.context().close();
  });
});
