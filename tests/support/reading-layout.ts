/**
 * Measuring the reading page's wide layout in the browser: how far apart the paragraphs are,
 * and where each claim's margin item stands against the first line of its marked words. Used
 * by tests/site/reading.test.ts (the assertions) and tests/tools/reading-screenshots.ts (the
 * figures in the README).
 */
import type { Page } from 'playwright-core';

export interface MarginItem {
  id: string;
  top: number;
  bottom: number;
  left: number;
  /** Lines of the item's own text. */
  lines: number;
  /** Top of the first line of the claim's marked words. */
  wordsTop: number;
}

export interface ReadingLayout {
  /** The op-ed's line height and the normal space between paragraphs, px. */
  lineHeight: number;
  paragraphSpacing: number;
  /** Space between each paragraph and the next, px. */
  gaps: number[];
  /** Right edge of the text column. */
  textRight: number;
  items: MarginItem[];
}

/** Reads the layout; `itemSelector` picks the margin items (each carrying its claim's id). */
export function measureReading(page: Page, itemSelector = '[data-claim-margin]', idOf = 'claimMargin'): Promise<ReadingLayout> {
  return page.evaluate(
    ([selector, key]) => {
      const paragraphs = [...document.querySelectorAll<HTMLElement>('.text > p')];
      const style = getComputedStyle(paragraphs[0]!);
      const gaps = paragraphs.slice(1).map((p, i) => p.getBoundingClientRect().top - paragraphs[i]!.getBoundingClientRect().bottom);
      const items = [...document.querySelectorAll<HTMLElement>(selector!)].map((item) => {
        const id = item.dataset[key!]!;
        const box = item.getBoundingClientRect();
        const words = document.querySelector(`mark[data-claim="${id}"]`)!.getClientRects()[0]!;
        const own = parseFloat(getComputedStyle(item).lineHeight);
        return {
          id,
          top: box.top + scrollY,
          bottom: box.bottom + scrollY,
          left: box.left,
          lines: Math.round(box.height / own),
          wordsTop: words.top + scrollY,
        };
      });
      return {
        lineHeight: parseFloat(style.lineHeight),
        paragraphSpacing: parseFloat(style.marginBottom),
        gaps,
        textRight: document.querySelector('.text')!.getBoundingClientRect().right,
        items,
      };
    },
    [itemSelector, idOf],
  );
}

/** The figures the issue asks for: largest gap, share of items within one line, largest drift. */
export function layoutFigures(layout: ReadingLayout) {
  const drifts = layout.items.map((item) => Math.abs(item.top - item.wordsTop));
  const withinOneLine = drifts.filter((d) => d <= layout.lineHeight).length;
  let overlaps = 0;
  const sorted = [...layout.items].sort((a, b) => a.top - b.top);
  for (let i = 1; i < sorted.length; i++) if (sorted[i]!.top < sorted[i - 1]!.bottom - 0.5) overlaps++;
  return {
    largestGap: Math.max(...layout.gaps),
    allowedGap: layout.paragraphSpacing + layout.lineHeight,
    lineHeight: layout.lineHeight,
    items: layout.items.length,
    withinOneLine,
    share: withinOneLine / layout.items.length,
    largestDrift: Math.max(...drifts),
    overlaps,
  };
}
