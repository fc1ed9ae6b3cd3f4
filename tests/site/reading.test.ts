/**
 * The reading page as a reader meets it: on wide screens the text runs on without holes and
 * the margin is an index level with the words; a screen reader hears each paragraph as the
 * author wrote it; every whole note opens beside its words and gives focus back when closed, at
 * every width; markers and ¶ are big enough to tap and never wrap away from their word; the lens
 * works without JavaScript; and the printed article stays short, each note after its paragraph.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { suiteBrowser, openPage } from '../support/browser.ts';
import { ARTICLE_PATH } from '../support/html.ts';
import { layoutFigures, measureReading } from '../support/reading-layout.ts';
import { buildEdition } from '../../src/edition/edition.ts';
import { lensTokens } from '../../src/edition/reading-lens.ts';

const article = buildEdition().articles[0]!;
const body = article.paragraphs.filter((p) => p.role === 'body');
/** Control names that may stand between the author's words: markers and the ¶ link. */
const CONTROL = /^(Whole note \d+, [A-Za-z ]+|Link to paragraph \d+)$/;
/** The print budget: A4 at 15 mm margins. */
const PRINT_PAGES_BUDGET = 20;

const browser = suiteBrowser();

const url = () => inject('baseUrl') + ARTICLE_PATH;
/**
 * The words as heard, spacing aside: Chromium's tree drops a lone space that follows a button (a
 * glossary mention, a marker), where the button itself parts the words; the word joiner that
 * binds a marker to its word is silent.
 */
const words = (text: string) => text.replace(/[\s\u2060]+/g, '');

describe('the wide layout: continuous text, the margin aligned with it', () => {
  for (const width of [1440, 1280, 1100]) {
    it(`at ${width} px`, async () => {
      const page = await openPage(browser(), { viewport: { width, height: 900 } });
      await page.goto(url());
      const layout = await measureReading(page);
      const figures = layoutFigures(layout);
      expect(layout.items.map((i) => i.id)).toEqual(article.claims.map((c) => c.claim.id));
      // No hole in the text: no gap between paragraphs beyond the normal spacing plus one line.
      expect(figures.largestGap).toBeLessThanOrEqual(figures.allowedGap);
      // The margin: items beside their words, two lines at most, none overlapping.
      expect(figures.share, JSON.stringify(figures)).toBeGreaterThanOrEqual(0.9);
      expect(figures.largestDrift).toBeLessThanOrEqual(3 * figures.lineHeight);
      expect(figures.overlaps).toBe(0);
      for (const item of layout.items) {
        expect(item.left, `${item.id} is in the margin`).toBeGreaterThanOrEqual(layout.textRight);
        expect(item.lines, `${item.id} is at most two lines`).toBeLessThanOrEqual(2);
      }
      // Nothing runs off the page sideways.
      expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(width);
      await page.context().close();
    });
  }

  it('falls back to one column with 200% text (breakpoints in em)', async () => {
    const page = await openPage(browser(), { viewport: { width: 1440, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await page.goto(url());
    expect(await page.locator('[data-claim-margin]').first().isVisible()).toBe(false);
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(1440);
    await page.context().close();
  });
});

/** Every node of Chromium's accessibility tree under each body paragraph, in order. */
async function paragraphsAsHeard(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.getDocument', { depth: -1 });
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{
      nodeId: string;
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      childIds?: string[];
      backendDOMNodeId?: number;
      description?: { value: string };
    }>;
  };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const heard = new Map<string, { text: string; controls: string[]; descriptions: string[] }>();
  for (const paragraph of body) {
    const { backendNodeId } = (
      await cdp.send('DOM.describeNode', {
        objectId: (
          await cdp.send('Runtime.evaluate', { expression: `document.getElementById(${JSON.stringify(paragraph.id)})` })
        ).result.objectId,
      })
    ).node;
    const root = nodes.find((n) => n.backendDOMNodeId === backendNodeId)!;
    let text = '';
    const controls: string[] = [];
    const descriptions: string[] = [];
    const walk = (node: (typeof nodes)[number]) => {
      const role = node.role?.value ?? '';
      if (!node.ignored) {
        if (role === 'StaticText') {
          text += node.name?.value ?? '';
          return;
        }
        if (role === 'mark') descriptions.push(node.description?.value ?? '');
        // A glossary mention is a button named with the author's words: they count as text.
        if ((role === 'button' || role === 'link') && CONTROL.test(node.name?.value ?? '')) {
          controls.push(node.name!.value);
          return;
        }
      }
      for (const child of node.childIds ?? []) walk(byId.get(child)!);
    };
    walk(root);
    heard.set(paragraph.id, { text, controls, descriptions });
  }
  return heard;
}

describe('for assistive technology', () => {
  it('each paragraph reads as the author’s words, unbroken; each mark is described by its claim', async () => {
    const page = await openPage(browser());
    await page.goto(url());
    const heard = await paragraphsAsHeard(page);
    for (const paragraph of body) {
      const { text, controls, descriptions } = heard.get(paragraph.id)!;
      // The words in order with nothing of the notes between them: only the markers and ¶.
      expect(words(text), paragraph.id).toBe(words(paragraph.text));
      const claims = article.claims.filter((c) => c.paragraphId === paragraph.id);
      expect(controls, paragraph.id).toEqual([
        ...claims.map((c) => expect.stringMatching(new RegExp(`^Whole note ${c.number}, `))),
        `Link to paragraph ${paragraph.number}`,
      ]);
      // Each mark is described by its claim's number, labels and conclusion (the margin's words).
      expect(descriptions.length, paragraph.id).toBe(claims.length);
      for (const c of claims)
        expect(
          descriptions.some((d) => d.startsWith(`${c.number} `) && d.endsWith(c.claim.conclusion ?? '')),
          `${c.claim.id}: ${descriptions}`,
        ).toBe(true);
      for (const c of claims) expect(text).not.toContain(c.claim.conclusion ?? c.claim.note.slice(0, 40));
    }
    await page.context().close();
  });
});

/** The open note's box and what it must not cover. */
const openNote = (page: Page) =>
  page.evaluate(() => {
    const note = document.querySelector<HTMLElement>('[data-claim-note]:popover-open');
    if (!note) return undefined;
    const box = note.getBoundingClientRect();
    const close = note.querySelector('.x')!.getBoundingClientRect();
    const title = note.querySelector('.note-h')!.getBoundingClientRect();
    const words = [...document.querySelectorAll(`mark[aria-details="${note.id}"]`)].flatMap((m) => [...m.getClientRects()]);
    const covers = words.some((r) => r.right > box.left && r.left < box.right && r.bottom > box.top + 1 && r.top < box.bottom - 1);
    return {
      id: note.id,
      claim: note.dataset.claimNote,
      box: box.toJSON(),
      close: close.toJSON(),
      title: title.toJSON(),
      covers,
      vw: innerWidth,
      vh: innerHeight,
    };
  });
const focusedMarker = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('popovertarget') ?? document.activeElement?.tagName);

describe('the whole note opens in place and gives focus back', () => {
  for (const width of [390, 1024, 1440]) {
    it(`at ${width} px: click, Enter, Escape and ×`, async () => {
      const page = await openPage(browser(), { viewport: { width, height: width < 500 ? 844 : 900 } });
      await page.goto(url());
      // A claim low in a long paragraph, and the last one.
      for (const prepared of [article.claims[7]!, article.claims.at(-3)!]) {
        const id = `n${prepared.number}`;
        const marker = page.locator(`button.mk[popovertarget="${id}"]`);
        await marker.focus();
        await page.keyboard.press('Enter');
        await expect.poll(async () => (await openNote(page))?.id).toBe(id);
        const open = (await openNote(page))!;
        expect(open.claim).toBe(prepared.claim.id);
        // Fully on screen, title and close button included, within side margins, not over the words.
        expect(open.box.top).toBeGreaterThanOrEqual(0);
        expect(open.box.bottom).toBeLessThanOrEqual(open.vh);
        expect(open.box.left).toBeGreaterThanOrEqual(8);
        expect(open.box.right).toBeLessThanOrEqual(open.vw - 8);
        expect(open.close.top).toBeGreaterThanOrEqual(0);
        expect(open.title.top).toBeGreaterThanOrEqual(0);
        expect(open.covers, `note ${prepared.number} covers its words`).toBe(false);
        // Tab goes into the note; Escape closes it and focus is back on the marker.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('[popover]')?.id)).toBe(id);
        await page.keyboard.press('Escape');
        await expect.poll(() => openNote(page)).toBeUndefined();
        expect(await focusedMarker(page)).toBe(id);
        // By mouse: the marker opens it, × closes it, focus is back on the marker.
        await marker.click();
        await expect.poll(async () => (await openNote(page))?.id).toBe(id);
        await page.locator(`#${id} .x`).click();
        await expect.poll(() => openNote(page)).toBeUndefined();
        expect(await focusedMarker(page)).toBe(id);
      }
      await page.context().close();
    });
  }

  it('with JavaScript off too, and the note links to the claim’s own page', async () => {
    const page = await openPage(browser(), { viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await page.goto(url());
    const { claim, number } = article.claims[0]!;
    await page.locator(`button.mk[popovertarget="n${number}"]`).click();
    const note = page.locator(`[data-claim-note="${claim.id}"]`);
    await expect.poll(() => note.isVisible()).toBe(true);
    expect(await note.getByRole('link', { name: 'Follow-ups and sources' }).getAttribute('href')).toBe(`/claims/${claim.id}/`);
    await page.keyboard.press('Escape');
    await expect.poll(() => note.isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('on narrow screens', () => {
  for (const width of [390, 1024]) {
    it(`at ${width} px markers and ¶ are 24 × 24 px at least and stay on their word’s line`, async () => {
      const page = await openPage(browser(), { viewport: { width, height: 844 } });
      await page.goto(url());
      const found = await page.evaluate(() => {
        const out: Array<{ what: string; width: number; height: number; apart: boolean }> = [];
        for (const wrapper of document.querySelectorAll<HTMLElement>('.oped .mw')) {
          const control = wrapper.querySelector('button, a')!;
          // The last character of the words before the wrapper.
          let node: Node | null = wrapper.previousSibling;
          while (node && !(node.textContent ?? '').trim()) node = node.previousSibling;
          let text: Node | null = node;
          while (text && text.nodeType !== Node.TEXT_NODE) text = text.lastChild;
          const range = document.createRange();
          const value = text?.textContent ?? '';
          const end = value.trimEnd().length;
          range.setStart(text!, Math.max(0, end - 1));
          range.setEnd(text!, end);
          const word = [...range.getClientRects()].at(-1)!;
          const box = control.getBoundingClientRect();
          const middle = (box.top + box.bottom) / 2;
          out.push({
            what: control.getAttribute('aria-label') ?? control.textContent ?? '',
            width: box.width,
            height: box.height,
            apart: middle < word.top - 2 || middle > word.bottom + 2,
          });
        }
        return out;
      });
      expect(found.length).toBe(article.claims.length + article.paragraphs.length);
      for (const f of found) {
        expect(f.width, f.what).toBeGreaterThanOrEqual(24);
        expect(f.height, f.what).toBeGreaterThanOrEqual(24);
        expect(f.apart, `${f.what} wrapped away from its word`).toBe(false);
      }
      await page.context().close();
    });
  }
});

describe('the reading lens, JavaScript off', () => {
  it('fades every claim but those chosen, and comes back to all', async () => {
    const page = await openPage(browser(), { viewport: { width: 1440, height: 900 }, javaScriptEnabled: false });
    await page.goto(url());
    const state = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('mark[data-claim]')].map((mark) => {
          const id = mark.dataset.claim!;
          const item = document.querySelector<HTMLElement>(`[data-claim-margin="${id}"]`)!;
          const marker = document.querySelector<HTMLElement>(`button.mk[popovertarget="${mark.getAttribute('aria-details')}"]`)!;
          return {
            id,
            marked: getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)',
            item: Number(getComputedStyle(item).opacity),
            marker: Number(getComputedStyle(marker).opacity),
          };
        }),
      );
    const all = await state();
    expect(all.every((s) => s.marked && s.item === 1 && s.marker === 1)).toBe(true);
    for (const [lens, fits] of [
      ['prediction', (t: string) => t.split(' ').includes('prediction')],
      ['failed', (t: string) => t.split(' ').includes('failed')],
      ['open', (t: string) => t.split(' ').includes('open')],
    ] as const) {
      await page.locator(`#lens-${lens}`).check();
      const now = await state();
      const shown = article.claims.filter((c) => fits(lensTokens(c.claim))).map((c) => c.claim.id);
      expect(shown.length, lens).toBeGreaterThan(0);
      expect(
        now.filter((s) => s.marked).map((s) => s.id),
        lens,
      ).toEqual(shown);
      expect(
        now.filter((s) => s.item === 1 && s.marker === 1).map((s) => s.id),
        lens,
      ).toEqual(shown);
    }
    await page.locator('#lens-all').check();
    expect(await state()).toEqual(all);
    await page.context().close();
  });
});

describe('in print', () => {
  it(`the article with its notes is at most ${PRINT_PAGES_BUDGET} A4 pages at 15 mm margins`, async () => {
    const page = await openPage(browser());
    await page.goto(url());
    const pdf = await page.pdf({ format: 'A4', margin: { top: '15mm', right: '15mm', bottom: '15mm', left: '15mm' } });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(PRINT_PAGES_BUDGET);
    await page.context().close();
  });

  it('every whole note is printed right after its paragraph, kept with it, ending with its page’s address', async () => {
    const page = await openPage(browser());
    await page.goto(url());
    await page.emulateMedia({ media: 'print' });
    const notes = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-claim-note]')].map((note) => {
        const group = note.parentElement!;
        const paragraph = group.previousElementSibling!;
        const words = document.querySelector(`mark[aria-details="${note.id}"]`)!;
        return {
          id: note.dataset.claimNote!,
          shown: note.getBoundingClientRect().height > 0 && getComputedStyle(note).display !== 'none',
          afterItsParagraph: paragraph.contains(words) && note.getBoundingClientRect().top >= paragraph.getBoundingClientRect().bottom,
          keptWith:
            getComputedStyle(paragraph).breakInside === 'avoid' &&
            getComputedStyle(paragraph).breakAfter === 'avoid' &&
            getComputedStyle(group).breakInside === 'avoid',
          floated: getComputedStyle(note).float !== 'none',
          // The last line as printed: its text, then what print CSS adds after the claim page's link.
          ends:
            note.innerText.trim().split('\n').at(-1)! +
            getComputedStyle(note.querySelector('.note-f a:last-child')!, '::after').content.replace(/^"|"$/g, ''),
          // That page's full address on the site the page was built for (its canonical address's origin).
          address: new URL(
            note.querySelector('.note-f a:last-child')!.getAttribute('href')!,
            document.querySelector<HTMLLinkElement>('link[rel=canonical]')!.href,
          ).href,
        };
      }),
    );
    expect(notes).toHaveLength(article.claims.length);
    for (const note of notes) {
      expect(note, note.id).toMatchObject({ shown: true, afterItsParagraph: true, keptWith: true, floated: false });
      expect(note.address, note.id).toMatch(new RegExp(`^https?://[^/]+/claims/${note.id}/$`));
      expect(note.ends.endsWith(`Follow-ups and sources: ${note.address}`), `${note.id}: ${note.ends}`).toBe(true);
    }
    expect(await page.locator('[data-claim-margin]').first().isVisible()).toBe(false);
    await page.context().close();
  });
});
