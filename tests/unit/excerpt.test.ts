/** Excerpts around a mention (src/views/excerpt.ts) and the sentence boundaries they rely on. */
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, clusterRanges, excerptAround, type Excerpt } from '../../src/views/excerpt.ts';
import { firstSentence, sentenceEnds, sentenceStarts } from '../../src/lib/sentences.ts';

/** Paragraphs of the op-ed, as fixtures. */
const DRONES =
  'China, on the other hand, has begun the full-scale production and export of at least two types of reconnaissance and strike drones ' +
  'comparable to the U.S. MQ-1 Predator, made by General Atomics.';
const WEST =
  'The West has long enforced numerous informal restrictions on technology exports to Russia. Russian industries have often faced ' +
  'refusals when attempting to purchase highly complex U.S.-made industrial equipment that Washington willingly sells to its allies. ' +
  'But now the West has formalized those restrictions and will not cancel them in the foreseeable future.';
const COUNTRIES =
  "China's experience of military and technical cooperation with such countries as Turkey, Pakistan, Iran and Argentina shows that " +
  "whatever shortcomings might exist in Chinese technology are more than compensated for by Beijing's open and businesslike approach.";

/** The excerpt of the first occurrence of `mention` in `text`. */
const around = (text: string, mention: string, words?: number) => {
  const start = text.indexOf(mention);
  if (start === -1) throw new Error(`"${mention}" is not in the fixture`);
  return excerptAround(text, { start, end: start + mention.length }, { words });
};

/** The excerpt with its marked runs in brackets: "…as [Iran] and…". */
const shown = (e: Excerpt) => e.parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

describe('sentence boundaries', () => {
  it('end at . ! ? (with closing quotes) before a capital, a digit or an opening quote', () => {
    const text = 'One. Two? "Three!" 4 is a number. "Five."';
    expect(sentenceEnds(text)).toEqual([4, 9, 18, 33, 41]);
    expect(sentenceStarts(text)).toEqual([0, 5, 10, 19, 34]);
  });

  it('do not end at the dots of "U.S.", initials or common abbreviations', () => {
    expect(sentenceEnds(DRONES)).toEqual([DRONES.length]);
    expect(sentenceEnds('Made by J. Smith and China Electronics Technology Group Corp. It works.')).toEqual([71]);
    expect(sentenceEnds('the U.S. and Europe.')).toEqual([20]);
    // The price of caution: a sentence ending on a capital letter is not seen to end there.
    expect(sentenceEnds('the Pterodactyl I. It flies.')).toEqual([28]);
  });

  it('do not end where the next word is lowercase or there is no space', () => {
    expect(sentenceEnds('about 2.5 billion, i.e. a lot. fine')).toEqual([]);
    expect(sentenceEnds('U.S.-made')).toEqual([]);
  });

  it('give the first sentence of a summary, or all of it when there is one', () => {
    expect(firstSentence("Russia's space authority. In 2014 it was the Federal Space Agency.")).toBe("Russia's space authority.");
    expect(firstSentence('Made by the U.S. Air Force. Retired in 2018.')).toBe('Made by the U.S. Air Force.');
    expect(firstSentence('  No full stop at all  ')).toBe('No full stop at all');
    expect(firstSentence('Sold as the "Wing Loong." Later models followed.')).toBe('Sold as the "Wing Loong."');
  });
});

describe('an excerpt around a mention', () => {
  it('keeps a few words either side, cut at word boundaries and marked with ellipses', () => {
    const e = around(COUNTRIES, 'Iran', 3);
    expect(e.text).toBe(`${ELLIPSIS}as Turkey, Pakistan, Iran and Argentina shows${ELLIPSIS}`);
    expect(e.cutBefore).toBe(true);
    expect(e.cutAfter).toBe(true);
  });

  it('gives offsets that mark exactly the mention in the excerpt', () => {
    for (const [text, mention] of [
      [COUNTRIES, 'Iran'],
      [DRONES, 'MQ-1 Predator'],
      [WEST, 'Washington'],
      [WEST, 'U.S.'],
    ] as const) {
      const e = around(text, mention);
      expect(e.highlights).toHaveLength(1);
      expect(e.text.slice(e.highlights[0]!.start, e.highlights[0]!.end)).toBe(mention);
      expect(e.parts.map((p) => p.text).join('')).toBe(e.text);
      expect(e.parts.filter((p) => p.marked).map((p) => p.text)).toEqual([mention]);
    }
  });

  it('starts at the mention’s sentence when that is nearer than the word limit, with no ellipsis there', () => {
    const e = around(WEST, 'Washington', 20);
    expect(e.text.startsWith('Russian industries have often faced')).toBe(true);
    expect(e.cutBefore).toBe(false);
    // …and ends where the sentence ends, with its full stop and no ellipsis.
    expect(e.text.endsWith('[Washington] willingly sells to its allies.'.replace(/[[\]]/g, ''))).toBe(true);
    expect(shown(e).endsWith('[Washington] willingly sells to its allies.')).toBe(true);
    expect(e.cutAfter).toBe(false);
  });

  it('does not take the dots of "U.S." for the end of a sentence', () => {
    const e = around(DRONES, 'General Atomics', 8);
    expect(e.text).toBe(`${ELLIPSIS}comparable to the U.S. MQ-1 Predator, made by General Atomics.`);
  });

  it('drops punctuation left dangling at a cut', () => {
    // One word either side: "as" before; "Pakistan," after, whose comma would dangle before the ellipsis.
    const e = around(COUNTRIES, 'Turkey', 1);
    expect(e.text).toBe(`${ELLIPSIS}as Turkey, Pakistan${ELLIPSIS}`);
  });

  it('needs no ellipsis at the start or end of the paragraph', () => {
    const first = around(DRONES, 'China', 4);
    expect(first.parts[0]).toEqual({ text: 'China', marked: true });
    expect(first.cutBefore).toBe(false);
    expect(shown(first)).toBe(`[China], on the other hand${ELLIPSIS}`);
    const short = excerptAround('Made by CASIC', { start: 8, end: 13 });
    expect(short).toMatchObject({ text: 'Made by CASIC', cutBefore: false, cutAfter: false, highlights: [{ start: 8, end: 13 }] });
  });

  it('keeps a word that touches the mention whole ("(AVIC)", "U.S.-made")', () => {
    const text = 'made by the Aviation Industry Corporation of China (AVIC) and the Rainbow is made by others';
    const e = around(text, 'AVIC', 1);
    expect(e.text).toBe(`${ELLIPSIS}China (AVIC) and${ELLIPSIS}`);
    const made = around(WEST, 'U.S.', 1);
    expect(made.text).toBe(`${ELLIPSIS}complex U.S.-made industrial${ELLIPSIS}`);
  });

  it('with no words either side, is the mention itself, cut on both sides', () => {
    expect(around(COUNTRIES, 'Iran', 0).text).toBe(`${ELLIPSIS}Iran${ELLIPSIS}`);
  });

  it('refuses a range outside the text, an empty one, ranges out of order, or none', () => {
    expect(() => excerptAround('abc', { start: 2, end: 2 })).toThrow(RangeError);
    expect(() => excerptAround('abc', { start: 1, end: 9 })).toThrow(RangeError);
    expect(() =>
      excerptAround('abc', [
        { start: 2, end: 3 },
        { start: 0, end: 1 },
      ]),
    ).toThrow(RangeError);
    expect(() => excerptAround('abc', [])).toThrow(RangeError);
  });
});

describe('mentions close together', () => {
  const AVIC =
    'There are two Chinese analogues, the Pterodactyl I is made by the Aviation Industry Corporation of China (AVIC) and the Rainbow ' +
    'is made by China Aerospace Science & Industry Corp (CASIC), and although they might lag behind.';
  const range = (text: string, s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { start, end: start + s.length };
  };
  const name = range(AVIC, 'Aviation Industry Corporation of China');
  const acronym = range(AVIC, 'AVIC');
  const casic = range(AVIC, 'CASIC');

  it('share one excerpt, each marked', () => {
    const e = excerptAround(AVIC, [name, acronym], { words: 3 });
    expect(shown(e)).toBe(`${ELLIPSIS}made by the [Aviation Industry Corporation of China] ([AVIC]) and the Rainbow${ELLIPSIS}`);
    expect(e.highlights.map((h) => e.text.slice(h.start, h.end))).toEqual(['Aviation Industry Corporation of China', 'AVIC']);
  });

  it('are grouped when at most the excerpt’s words lie between them', () => {
    expect(clusterRanges(AVIC, [name, acronym, casic], { words: 3 })).toEqual([[name, acronym], [casic]]);
    expect(clusterRanges(AVIC, [name, acronym, casic], { words: 12 })).toEqual([[name, acronym, casic]]);
    // No word between "…of China" and "(AVIC)": they share an excerpt even with no words either side.
    expect(clusterRanges(AVIC, [name, acronym, casic], { words: 0 })).toEqual([[name, acronym], [casic]]);
    expect(clusterRanges(AVIC, [])).toEqual([]);
  });
});
