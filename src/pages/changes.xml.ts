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
import { CHANGES_FEED_HREF } from '../lib/routes.ts';

export const GET: APIRoute = ({ site }) =>
  rss({
    title: CHANGES_FEED_TITLE,
    description: `Every dated change to ${SITE_NAME}: verdicts changed, follow-ups added, corrections made, newest first.`,
    site: site!.href,
    items: changeFeedItems(changeLog(getEdition()), site!.href),
    // The feed's own address, as feed validators ask of RSS 2.0 (atom:link rel="self").
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${new URL(CHANGES_FEED_HREF, site).href}" rel="self" type="application/rss+xml"/>`,
  });
