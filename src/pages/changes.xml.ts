/**
 * `/changes.xml`: the changes log as an RSS 2.0 feed, the same entries as `/changes/`
 * (src/views/changes.ts), linked from every page's head.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getEdition } from '../edition/edition.ts';
import { changeLog } from '../views/changes.ts';
import { changeFeedItems } from '../views/changes-feed.ts';
import { CHANGES_FEED_TITLE, SITE_NAME } from '../site.ts';

export const GET: APIRoute = ({ site }) =>
  rss({
    title: CHANGES_FEED_TITLE,
    description: `Every dated change to ${SITE_NAME}: verdicts changed, follow-ups added, corrections made, newest first.`,
    site: site!.href,
    items: changeFeedItems(changeLog(getEdition()), site!.href),
    customData: '<language>en</language>',
  });
