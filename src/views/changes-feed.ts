/**
 * The changes log as RSS items (for @astrojs/rss): the same entries as the changes page, in the
 * same order, each linking to the page of what changed (the claim's page, or the entity's), with
 * the entry's place on the changes page as its permanent id, so that a reader's feed never shows
 * one change twice when a claim gathers several.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { formatPartialDate } from '../lib/dates.ts';
import { renderInlineMarkdown, toHtml } from '../edition/processor.ts';
import { changeTitle, feedDate, type ChangeEntry } from './changes.ts';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The entry's text as HTML, prefixed with its date when only a month or year is known. */
export function changeDescriptionHtml(entry: ChangeEntry): string {
  const text = toHtml(renderInlineMarkdown(entry.text));
  // A feed reader shows pubDate as a day; say when the period is coarser than that.
  const coarse = entry.date.length < 10 ? `<p>${escapeXml(formatPartialDate(entry.date))}.</p>` : '';
  return `${coarse}<p>${text}</p>`;
}

/** One feed item per entry; `site` is the site's absolute root ("https://example.org/"). */
export function changeFeedItems(entries: readonly ChangeEntry[], site: string): RSSFeedItem[] {
  return entries.map((entry) => ({
    title: changeTitle(entry),
    link: new URL(entry.subject.href, site).href,
    pubDate: feedDate(entry.date),
    description: changeDescriptionHtml(entry),
    // Overrides the default guid (the link, shared by every change of one claim).
    customData: `<guid isPermaLink="true">${escapeXml(new URL(entry.href, site).href)}</guid>`,
  }));
}
