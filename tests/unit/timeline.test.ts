/**
 * The timeline as data: order (partial dates included), ids, links and themes, on a small
 * hand-made edition; then on the real content, that nothing is lost and every link lands.
 */
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/edition/edition.ts';
import type { FollowUp, Theme } from '../../src/content/schema.ts';
import { THEMES, sourceHref } from '../../src/content/schema.ts';
import {
  eventsForClaim,
  eventsPerTheme,
  groupByYear,
  latestEventDate,
  periodEnd,
  quoteExcerpt,
  sameDateAndSubject,
  subjectTerms,
  timelineEvents,
  type TimelineArticleInput,
  type TimelineEditionInput,
} from '../../src/views/timeline.ts';

function claim(id: string, number: number, theme: Theme, followUps: FollowUp[]) {
  return { claim: { id, quote: `the words of ${id}`, theme, followUps }, number };
}

const ARTICLE: TimelineArticleInput = {
  slug: 'op-ed',
  href: '/op-ed/',
  entry: {
    data: {
      title: 'An Op-Ed',
      datePublished: '2014-10-05',
      author: { name: 'Jane Doe' },
      publication: { name: 'The Daily Sample' },
      firstAppeared: { publication: 'The Weekly Sample' },
    },
  },
  claims: [
    // Claims in reading order; their follow-ups deliberately not in date order across claims.
    claim('alpha', 1, 'trade', [
      { date: '2015-03-10', text: 'Alpha, a day in March 2015.' },
      { date: '2015', text: 'Alpha, some time in 2015.' },
    ]),
    claim('beta', 2, 'drones', [
      { date: '2015-03', text: 'Beta, March 2015.', theme: 'arms' },
      { date: '2014-08-05', text: 'Beta, before the op-ed.' },
      { date: '2014-10', text: 'Beta, the month of the op-ed.' },
      { date: '2015-03-10', text: 'Beta, the same day as alpha.' },
    ]),
    claim('gamma', 3, 'ships', []),
  ],
};
const EDITION: TimelineEditionInput = { articles: [ARTICLE] };

describe('timelineEvents', () => {
  const events = timelineEvents(EDITION);

  it('has one event per follow-up plus the publication', () => {
    expect(events).toHaveLength(7);
  });

  it('sorts by date, a less precise date before a more precise one in the same period', () => {
    expect(events.map((e) => e.date)).toEqual([
      '2014-08-05',
      '2014-10',
      '2014-10-05',
      '2015',
      '2015-03',
      '2015-03-10',
      '2015-03-10',
    ]);
  });

  it('breaks ties by claim in reading order, and puts the publication first on its day', () => {
    const sameDay = events.filter((e) => e.date === '2015-03-10');
    expect(sameDay.map((e) => e.id)).toEqual(['event-alpha-1', 'event-beta-4']);
    const withPublication = timelineEvents({
      articles: [{ ...ARTICLE, claims: [claim('delta', 1, 'media', [{ date: '2014-10-05', text: 'Same day.' }])] }],
    });
    expect(withPublication.map((e) => e.kind)).toEqual(['published', 'follow-up']);
  });

  it('gives each follow-up an id from its claim and its place among the claim’s follow-ups as written', () => {
    expect(events.map((e) => e.id)).toEqual([
      'event-beta-2',
      'event-beta-3',
      'event-op-ed-published',
      'event-alpha-2',
      'event-beta-1',
      'event-alpha-1',
      'event-beta-4',
    ]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('links a follow-up to its claim in the article, and the publication to the article', () => {
    const [published] = events.filter((e) => e.kind === 'published');
    expect(published).toMatchObject({ href: '/op-ed/', title: 'An Op-Ed', author: 'Jane Doe', publication: 'The Daily Sample', firstAppeared: 'The Weekly Sample' });
    const beta = events.find((e) => e.id === 'event-beta-1');
    expect(beta).toMatchObject({ href: '/op-ed/#claim-beta', claimId: 'beta', claimNumber: 2, index: 1, claimQuote: 'the words of beta' });
    expect(beta!.timelineHref).toBe('/what-happened-next/#event-beta-1');
  });

  it('takes the event’s own theme when it has one, else its claim’s', () => {
    const beta1 = events.find((e) => e.id === 'event-beta-1');
    const beta2 = events.find((e) => e.id === 'event-beta-2');
    expect(beta1).toMatchObject({ theme: 'arms', ownTheme: true });
    expect(beta2).toMatchObject({ theme: 'drones', ownTheme: false });
  });

  it('marks as background only what ends before the article: not the month it was published in', () => {
    const before = events.filter((e) => e.kind === 'follow-up' && e.beforePublication).map((e) => e.id);
    expect(before).toEqual(['event-beta-2']);
  });
});

describe('one event, one entry', () => {
  // The same event recorded by two claims (same date, same text), and a different event on that day.
  const shared = { date: '2015-11-19', text: 'Rostec confirms a contract for 24 Su-35 fighters.' };
  const edition: TimelineEditionInput = {
    articles: [
      {
        ...ARTICLE,
        claims: [
          claim('first', 1, 'arms', [shared]),
          claim('second', 2, 'trade', [{ date: '2015-11-19', text: 'Something else that day.' }, { ...shared }]),
          claim('third', 3, 'ships', [{ ...shared, text: `  ${shared.text}` }]),
        ],
      },
    ],
  };
  const events = timelineEvents(edition).filter((e) => e.kind === 'follow-up');

  it('shows an event recorded by several claims once, listing every claim in reading order', () => {
    expect(events.map((e) => e.text.trim())).toEqual([shared.text, 'Something else that day.']);
    const [merged] = events;
    expect(merged!.claims.map((c) => [c.id, c.number, c.href])).toEqual([
      ['first', 1, '/op-ed/#claim-first'],
      ['second', 2, '/op-ed/#claim-second'],
      ['third', 3, '/op-ed/#claim-third'],
    ]);
    // Its id and theme are those of the first claim that records it.
    expect(merged).toMatchObject({ id: 'event-first-1', theme: 'arms', claimId: 'first' });
  });

  it('keeps events apart when their text differs, even on the same day', () => {
    expect(events[1]!.claims.map((c) => c.id)).toEqual(['second']);
  });

  it('gives every claim the shared event among its own', () => {
    for (const id of ['first', 'second', 'third']) {
      expect(eventsForClaim(edition, id).map((e) => e.id), id).toContain('event-first-1');
    }
    expect(eventsForClaim(edition, 'second').map((e) => e.id)).toEqual(['event-first-1', 'event-second-1']);
  });
});

describe('helpers', () => {
  const events = timelineEvents(EDITION);

  it('eventsForClaim returns a claim’s events in timeline order, and nothing for an unknown claim', () => {
    expect(eventsForClaim(EDITION, 'beta').map((e) => e.id)).toEqual(['event-beta-2', 'event-beta-3', 'event-beta-1', 'event-beta-4']);
    expect(eventsForClaim(EDITION, 'gamma')).toEqual([]);
    expect(eventsForClaim(EDITION, 'nope')).toEqual([]);
  });

  it('groupByYear keeps order and makes one group per year that has events', () => {
    expect(groupByYear(events).map((y) => [y.year, y.events.length])).toEqual([
      [2014, 3],
      [2015, 4],
    ]);
  });

  it('eventsPerTheme counts follow-ups under their resolved theme, zero for the rest', () => {
    const counts = eventsPerTheme(events, THEMES);
    expect([...counts.keys()]).toEqual([...THEMES]);
    expect(counts.get('trade')).toBe(2);
    expect(counts.get('drones')).toBe(3);
    expect(counts.get('arms')).toBe(1);
    expect(counts.get('ships')).toBe(0);
  });

  it('latestEventDate is the most recent date, the precise one when periods overlap', () => {
    expect(latestEventDate(events)).toBe('2015-03-10');
    expect(latestEventDate([])).toBeUndefined();
  });

  it('periodEnd is the last day of a year or month, leap years included', () => {
    expect(periodEnd('2014')).toBe('2014-12-31');
    expect(periodEnd('2016-02')).toBe('2016-02-29');
    expect(periodEnd('2015-02')).toBe('2015-02-28');
    expect(periodEnd('2014-10-05')).toBe('2014-10-05');
  });

  it('quoteExcerpt keeps whole words and marks a cut with an ellipsis', () => {
    expect(quoteExcerpt('short quote')).toBe('short quote');
    expect(quoteExcerpt('one two three, four five', 3)).toBe('one two three…');
  });
});

describe('sameDateAndSubject: one event told twice', () => {
  const on = (date: string, text: string) => ({ date, text });

  it('catches the same event in other words (two key names or figures in common, same date)', () => {
    expect(sameDateAndSubject(
      on('2015-11-19', 'Rostec announces a contract for 24 Su-35 fighters for China, reportedly worth more than $2 billion.'),
      on('2015-11-19', 'Rostec confirms a contract for 24 Su-35 fighters, China being the first foreign customer.'),
    )).toBe(true);
    expect(sameDateAndSubject(
      on('2015', 'Russia–China trade falls 27.8% over the year to $64.2bn, according to Chinese customs data.'),
      on('2015', 'Russia–China trade falls 27.8% to $64.2bn (Chinese customs).'),
    )).toBe(true);
    expect(sameDateAndSubject(
      on('2017-03-16', "Saudi Arabia's KACST signs with CASC, the CH-4's maker, to build a CH-4 drone factory."),
      on('2017-03-16', 'KACST and CASC agree to set up a CH-4 factory in Saudi Arabia.'),
    )).toBe(true);
  });

  it('keeps apart different events of one day, and the same words on different dates', () => {
    expect(sameDateAndSubject(
      on('2016-06-20', "China's Sunway TaihuLight (93 petaflop/s) displaces Tianhe-2 at the top of the TOP500 list."),
      on('2016-06-20', 'Rogozin says Russia wants to buy Chinese radiation-hardened space electronics.'),
    )).toBe(false);
    expect(sameDateAndSubject(
      on('2025', 'SIPRI reports a 64% fall in arms deliveries to China in 2020–24.'),
      on('2025', 'Trade falls 6.9% to $228.1bn from the record $244.8bn of 2024, the first annual decline since 2020.'),
    )).toBe(false);
    expect(sameDateAndSubject(on('2015', 'Rostec signs for Su-35s.'), on('2016', 'Rostec signs for Su-35s.'))).toBe(false);
  });

  it('draws key terms from names and figures, not from names every event shares or from bare years', () => {
    expect([...subjectTerms('The *EU* and Russia–China trade: Moscow–Kazan costs $1.2bn, 5% more, in 2020.')].sort()).toEqual(
      ['$1.2bn', '5%', 'kazan', 'moscow'],
    );
  });
});

describe('the timeline of the real edition', () => {
  const edition = buildEdition({ requireRecordedPermalinks: false });
  const events = timelineEvents(edition);
  const claims = edition.articles.flatMap((a) => a.claims.map((c) => ({ article: a, claim: c.claim })));

  it('has every dated follow-up (each event once), plus the article’s own publication date', () => {
    const followUps = new Set(claims.flatMap((c) => c.claim.followUps.map((f) => `${f.date} ${f.text.trim()}`)));
    expect(followUps.size).toBeGreaterThan(0);
    expect(events).toHaveLength(followUps.size + edition.articles.length);
    const bearings = events.flatMap((e) => (e.kind === 'follow-up' ? e.claims : []));
    expect(bearings).toHaveLength(claims.reduce((n, c) => n + c.claim.followUps.length, 0));
    expect(events.filter((e) => e.kind === 'published').map((e) => e.date)).toEqual(['2014-10-05']);
  });

  it('tells no event twice: no two entries share a date and a subject', () => {
    const followUps = events.filter((e) => e.kind === 'follow-up');
    const twice = followUps.flatMap((a, i) =>
      followUps.slice(i + 1).filter((b) => sameDateAndSubject(a, b)).map((b) => `${a.date}: ${a.id} “${a.text}” ~ ${b.id} “${b.text}”`),
    );
    expect(twice).toEqual([]);
  });

  it('cites a shared event by the same sources in every claim that records it', () => {
    const byEvent = new Map<string, Map<string, string>>();
    const differ: string[] = [];
    for (const { claim } of claims) {
      for (const f of claim.followUps) {
        const key = `${f.date} ${f.text.trim()}`;
        const cited = JSON.stringify((f.sources ?? []).map(sourceHref).sort());
        const seen = byEvent.get(key) ?? new Map<string, string>();
        byEvent.set(key, seen.set(claim.id, cited));
        if (new Set(seen.values()).size > 1) differ.push(`${key}: ${[...seen.keys()].join(', ')}`);
      }
    }
    expect(differ).toEqual([]);
  });

  it('is in date order, with unique ids', () => {
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('links every event to an existing claim of its article (or to the article itself)', () => {
    const anchors = new Set(claims.map(({ article, claim }) => `${article.href}#claim-${claim.id}`));
    for (const event of events) {
      if (event.kind === 'published') expect(edition.articles.map((a) => a.href)).toContain(event.href);
      else for (const claim of event.claims) expect(anchors.has(claim.href), `${event.id} → ${claim.href}`).toBe(true);
    }
  });
});
