/**
 * The page script survives any fragment (issue 16): arriving from a search result with a
 * malformed fragment (`#%E0%A4%A`) threw an uncaught URIError. In Chromium, on the article page
 * and with the search-landing parameter that runs the fragment code (src/scripts/search-landing.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { suiteBrowser, openPage } from '../support/browser.ts';
import { ARTICLE_PATH } from '../support/html.ts';

describe('a malformed fragment', () => {
  const browser = suiteBrowser();

  it.each(['#%E0%A4%A', '#%', '#claim-%zz'])('%s raises no error in the page script', async (hash) => {
    const tab = await openPage(browser());
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(String(error)));
    await tab.goto(`${inject('baseUrl')}${ARTICLE_PATH}?pagefind-highlight=drones${hash}`, { waitUntil: 'load' });
    // The landing script is loaded on demand; when it has run, the parameter has left the address.
    await expect.poll(() => tab.evaluate(() => location.search)).toBe('');
    expect(errors).toEqual([]);
    await tab.context().close();
  });
});
