/**
 * The built changes page and feed: both list the same changes, in the same order, and as many
 * as the content records; the feed is well-formed RSS; every page's head points at it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load.ts';
import { periodEnd } from '../../src/views/timeline.ts';
import { builtPages } from '../support/pages.ts';
import { page, select, selectAll } from '../support/html.ts';
import { parseXml } from '../support/xml.ts';

const doc = page('/changes/');
const entries = selectAll('li.change', doc);
const feed = parseXml(readFileSync('dist/changes.xml', 'utf8'));
const items: Array<{ title: string; link: string; guid: { '#text': string }; pubDate: string }> = [feed.rss.channel.item].flat();

describe('the changes page and feed', () => {
  it('list as many changes as the content records: verdict changes, follow-ups since the op-ed, corrections', () => {
    // Counted from the files, not through the view-model the page uses.
    const { articles, entities } = loadContent();
    let expected = 0;
    for (const { data } of articles) {
      for (const claim of data.claims) {
        expected += Math.max(0, (claim.history?.length ?? 0) - 1) + (claim.corrections?.length ?? 0);
        expected += claim.followUps.filter((f) => periodEnd(f.date) >= data.datePublished).length;
      }
    }
    for (const { data } of entities) expected += data.corrections?.length ?? 0;
    expect(expected).toBeGreaterThan(0);
    expect(entries).toHaveLength(expected);
    expect(items).toHaveLength(expected);
  });

  it('list the same entries in the same order, newest first', () => {
    const onPage = entries.map((e) => String(e.properties.id));
    expect(items.map((i) => new URL(i.guid['#text']).hash.slice(1))).toEqual(onPage);
    const dates = entries.map((e) => String(select('time', e)?.properties.dateTime));
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(items.map((i) => Date.parse(i.pubDate))).toEqual(items.map((i) => Date.parse(i.pubDate)).sort((a, b) => b - a));
  });

  it('is a feed that names itself, its language and its site', () => {
    const channel = feed.rss.channel;
    expect(feed.rss['@_version']).toBe('2.0');
    expect(channel['atom:link']).toMatchObject({ '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(new URL(channel['atom:link']['@_href']).pathname).toBe('/changes.xml');
    expect(channel.language).toBe('en');
    expect(new URL(channel.link).pathname).toBe('/');
  });

  it('link each change to the page of what changed: the claim’s page or the entity’s', () => {
    for (const [i, entry] of entries.entries()) {
      const href = String(select('.change-subject a', entry)?.properties.href);
      expect(href).toMatch(/^\/(claims|entities)\/[a-z0-9-]+\/$/);
      expect(new URL(items[i]!.link).pathname).toBe(href);
    }
  });

  it('say how each verdict changed, and what each correction put right', () => {
    const verdicts = entries.filter((e) => (e.properties.className as string[]).includes('change-verdict'));
    expect(verdicts.length).toBeGreaterThan(0);
    for (const entry of verdicts) {
      const kind = select('.change-kind', entry)
        ?.children.map((c) => ('value' in c ? c.value : ''))
        .join('');
      // A change names the verdict before and after; a confirmation, the one it kept.
      expect(selectAll('.change-verdicts .tag', entry), String(entry.properties.id)).toHaveLength(kind === 'Verdict changed' ? 2 : 1);
    }
    const corrections = entries.filter((e) => (e.properties.className as string[]).includes('change-correction'));
    for (const entry of corrections) expect(select('.change-text', entry)?.children.length, String(entry.properties.id)).toBeGreaterThan(0);
  });

  it('is announced in every page’s head, and the footer links to both', () => {
    for (const path of builtPages().filter((p) => p.endsWith('/'))) {
      const head = page(path);
      const alternate = select('link[rel=alternate][type="application/rss+xml"]', head);
      expect(alternate?.properties.href, path).toBe('/changes.xml');
      const footer = selectAll('footer a', head).map((a) => String(a.properties.href));
      expect(footer, path).toEqual(expect.arrayContaining(['/changes/', '/changes.xml']));
    }
  });
});
