/**
 * The changes log, read from a fixture edition that has verdict histories, follow-ups and
 * corrections of claims and entities: what it lists, in which order, and the feed made from it.
 */
import { describe, expect, it } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { parseXml } from '../support/xml.ts';
import { ARTICLE, build, fixtureEdition, replaceOnce } from '../support/fixture-edition.ts';
import { changeLog, changeTitle, countByKind, groupChangesByYear } from '../../src/views/changes.ts';
import { changeFeedItems } from '../../src/views/changes-feed.ts';

const SITE = 'https://edition.example/';

/** The fixture with a history (one change), a correction, two more follow-ups, an entity correction. */
const withChanges = () =>
  build(
    fixtureEdition({
      [ARTICLE]: (text) =>
        replaceOnce(
          '    history: [{ date: "2014-10-05", verdict: accurate, why: Prices were low when the article appeared. }]\n',
          [
            '    history:',
            '      - date: "2014-10-05"',
            '        verdict: unresolved',
            '        why: Prices were not yet published.',
            '      - date: "2016-05"',
            '        verdict: accurate',
            '        why: The first price list showed it **cheap**.',
            '    corrections:',
            '      - date: "2026-11-30"',
            '        text: Said the drone was made by ACME; it is made by the Sample Works.',
            '',
          ].join('\n'),
        )(
          replaceOnce(
            '    note: Too early to say.\n',
            [
              '    note: Too early to say.',
              '    followUps:',
              '      - date: "2013"',
              '        text: ACME was founded.',
              '      - date: "2015-03-10"',
              '        text: ACME opens a second office.',
              '      - date: "2015"',
              '        text: ACME doubles its staff over the year.',
              '',
            ].join('\n'),
          )(text),
        ),
      'entities/acme.md': replaceOnce(
        'summary: A think tank in the sample.\n',
        'summary: A think tank in the sample.\ncorrections:\n  - date: "2026-12-01"\n    text: Called ACME a company; it is a think tank.\n',
      ),
    }),
  );

describe('the changes log', () => {
  const edition = withChanges();
  const log = changeLog(edition);

  it('lists a verdict change after the first verdict, with the verdicts before and after and why', () => {
    const verdicts = log.filter((e) => e.kind === 'verdict');
    expect(verdicts).toHaveLength(1);
    expect(verdicts[0]).toMatchObject({
      date: '2016-05',
      from: 'unresolved',
      to: 'accurate',
      text: 'The first price list showed it **cheap**.',
      subject: { type: 'claim', id: 'drones-are-cheap', href: '/claims/drones-are-cheap/' },
    });
    expect(changeTitle(verdicts[0]!)).toMatch(/^Verdict changed from Unresolved to Accurate: Claim \d+, “the Rainbow drone is cheap”$/);
  });

  it('lists the follow-ups from the publication on, leaving out background from before it', () => {
    const followUps = log.filter((e) => e.kind === 'follow-up').map((e) => e.text);
    expect(followUps).toEqual(
      expect.arrayContaining(['Prices fell further.', 'ACME opens a second office.', 'ACME doubles its staff over the year.']),
    );
    expect(followUps).toHaveLength(3);
    expect(followUps).not.toContain('ACME was founded.');
  });

  it('lists the corrections of claims and of entities, saying what was wrong', () => {
    const corrections = log.filter((e) => e.kind === 'correction');
    expect(corrections.map((c) => [c.subject.type, c.subject.id, c.text])).toEqual([
      ['entity', 'acme', 'Called ACME a company; it is a think tank.'],
      ['claim', 'drones-are-cheap', 'Said the drone was made by ACME; it is made by the Sample Works.'],
    ]);
    expect(corrections[0]!.subject.href).toBe('/entities/acme/');
  });

  it('puts the newest first; one date in reading order; a year-only date after the dated ones of its year', () => {
    expect(log.map((e) => `${e.date} ${e.kind} ${e.subject.id}`)).toEqual([
      '2026-12-01 correction acme',
      '2026-11-30 correction drones-are-cheap',
      '2016-05 verdict drones-are-cheap',
      '2016-05 follow-up drones-are-cheap',
      '2015-03-10 follow-up acme-will-grow',
      '2015 follow-up acme-will-grow',
    ]);
    expect(groupChangesByYear(log).map((y) => [y.year, y.entries.length])).toEqual([
      [2026, 2],
      [2016, 2],
      [2015, 2],
    ]);
    expect(countByKind(log)).toEqual({ verdict: 1, 'follow-up': 3, correction: 2 });
  });

  it('gives each change a unique id that stays put when a newer follow-up is added', () => {
    const ids = log.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of log) expect(e.href).toBe(`/changes/#${e.id}`);
    // Follow-ups are written oldest first, so a new event goes after the others.
    const before = changeLog(build(fixtureEdition()));
    const after = changeLog(
      build(
        fixtureEdition({
          [ARTICLE]: replaceOnce(
            '        text: Prices fell further.\n',
            '        text: Prices fell further.\n      - date: "2017"\n        text: A new event.\n',
          ),
        }),
      ),
    );
    const idOf = (entries: typeof log, text: string) => entries.find((e) => e.text === text)?.id;
    expect(idOf(after, 'Prices fell further.')).toBe(idOf(before, 'Prices fell further.'));
    expect(idOf(after, 'A new event.')).toBe('change-drones-are-cheap-follow-up-2');
    expect(after[0]!.text).toBe('A new event.');
  });

  it('says a verdict was confirmed, not changed, when a history entry keeps it', () => {
    const confirmed = changeLog({
      articles: [
        {
          slug: 'a',
          entry: { data: { datePublished: '2014-10-05' } },
          claims: [
            {
              number: 1,
              claim: {
                id: 'c',
                quote: 'words',
                followUps: [],
                history: [
                  { date: '2014-10-05', verdict: 'unresolved', why: 'Too early.' },
                  { date: '2020', verdict: 'unresolved', why: 'Still too early: the ships are not built.' },
                ],
              },
            },
          ],
        },
      ],
      entities: [],
    });
    expect(confirmed.map(changeTitle)).toEqual(['Verdict confirmed: still Unresolved: Claim 1, “words”']);
  });

  it('lists only the follow-ups when no claim has a history or correction yet', () => {
    const plain = changeLog(build(fixtureEdition()));
    expect(plain.map((e) => e.kind)).toEqual(['follow-up']);
  });
});

describe('the changes feed', () => {
  const log = changeLog(withChanges());

  it('is well-formed RSS listing the same entries, in the same order, each linked to what changed', async () => {
    const xml = await getRssString({ title: 'Changes', description: 'Changes', site: SITE, items: changeFeedItems(log, SITE) });
    const feed = parseXml(xml);
    const items = [feed.rss.channel.item].flat();
    expect(items.map((i: { guid: { '#text': string } }) => i.guid['#text'])).toEqual(log.map((e) => `${SITE.slice(0, -1)}${e.href}`));
    expect(items.map((i: { title: string }) => i.title)).toEqual(log.map(changeTitle));
    expect(items[2]).toMatchObject({ link: `${SITE}claims/drones-are-cheap/`, pubDate: 'Sun, 01 May 2016 00:00:00 GMT' });
    // Markdown is rendered, and a month-only date says so in the text.
    expect(items[2].description).toContain('<strong>cheap</strong>');
    expect(items[2].description).toContain('May 2016');
    expect(items[0].link).toBe(`${SITE}entities/acme/`);
  });

  it('would be refused if it were not well-formed', async () => {
    const xml = await getRssString({ title: 'Changes', description: 'Changes', site: SITE, items: changeFeedItems(log, SITE) });
    expect(() => parseXml(xml.replace('</channel>', ''))).toThrow();
  });
});
