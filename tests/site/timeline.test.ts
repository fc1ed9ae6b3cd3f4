/**
 * The built "What happened next" page: every event is there and every link lands on an
 * element of the article page; and the page fits a phone. (axe: accessibility.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import { buildEdition } from '../../src/edition/edition.ts';
import { timelineEvents } from '../../src/views/timeline.ts';
import { suiteBrowser, VIEWPORTS } from '../support/browser.ts';
import { page, select, selectAll } from '../support/html.ts';

const TIMELINE_PATH = '/what-happened-next/';

describe('the timeline page as built', () => {
  const doc = page(TIMELINE_PATH);
  const edition = buildEdition({ requireRecordedPermalinks: false });
  const expected = timelineEvents(edition);
  const events = selectAll('ol.tl-events > li.ev', doc);

  it('lists every event, in order, each with its id and a machine-readable date', () => {
    expect(events.map((e) => e.properties.id)).toEqual(expected.map((e) => e.id));
    for (const [i, event] of events.entries()) {
      expect(select('time', event)?.properties.dateTime, String(event.properties.id)).toBe(expected[i]!.date);
    }
  });

  it('names each event’s theme in words, not by colour alone', () => {
    for (const event of events) {
      const theme = select('.ev-theme', event);
      expect(theme ? textOf(theme) : '', String(event.properties.id)).toMatch(/^Theme: \S/);
    }
  });

  it('links every event to an element that exists on the page it points to', () => {
    const links = events.flatMap((e) => selectAll('a[href^="/"]', e));
    // The publication links to the article; an event links to every claim it bears on.
    expect(links.length).toBe(expected.reduce((n, e) => n + (e.kind === 'published' ? 1 : e.claims.length), 0));
    const idsByPath = new Map<string, Set<string>>();
    for (const link of links) {
      const url = new URL(String(link.properties.href), 'http://site.test');
      if (!idsByPath.has(url.pathname)) {
        idsByPath.set(url.pathname, new Set(selectAll('[id]', page(url.pathname)).map((el) => String(el.properties.id))));
      }
      if (url.hash) expect(idsByPath.get(url.pathname)!.has(url.hash.slice(1)), `${url.pathname}${url.hash}`).toBe(true);
    }
  });

  it('marks up years as headings, with a link to each from the list of years', () => {
    const years = selectAll('li.tl-year', doc).map((y) => String(y.properties.id));
    const jumps = selectAll('.wn-years a', doc).map((a) => String(a.properties.href));
    expect(jumps).toEqual(years.map((id) => `#${id}`));
    for (const year of selectAll('li.tl-year', doc)) expect(select('h3', year)).toBeTruthy();
  });

  it('is in the site navigation, marked as the current page', () => {
    const link = selectAll('nav[aria-label="Site"] a', doc).find((a) => a.properties.href === TIMELINE_PATH);
    expect(link?.properties.ariaCurrent).toBe('page');
  });
});

function textOf(node: { type: string; value?: string; children?: unknown[] }): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map((c) => textOf(c as typeof node)).join('');
}

describe('the timeline page in Chromium', () => {
  const browser = suiteBrowser();

  // axe runs over this page with every other in accessibility.test.ts.
  it('fits a 390 px screen without sideways scrolling', async () => {
    const context = await browser().newContext({ viewport: VIEWPORTS.mobile });
    const tab = await context.newPage();
    await tab.goto(`${inject('baseUrl')}${TIMELINE_PATH}`);
    const width = await tab.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(VIEWPORTS.mobile.width);
    await context.close();
  });
});
