/** Excerpts around a mention (src/lib/excerpt.ts) and the sentence boundaries they rely on. */
import { describe, expect, it } from 'vitest';
import { ELLIPSIS, excerptAround } from '../../src/lib/excerpt.ts';
import { firstSentence, sentenceEnds, sentenceStarts } from '../../src/lib/sentences.ts';

/** Paragraphs of the op-ed, as fixtures. */
const DRONES =
  'China, on the other hand, has begun the full-scale production and export of at least two types of reconnaissance and strike drones comparable to the U.S. MQ-1 Predator, made by General Atomics.';
const WEST =
  'The West has long enforced numerous informal restrictions on technology exports to Russia. Russian industries have often faced refusals when attempting to purchase highly complex U.S.-made industrial equipment that Washington willingly sells to its allies. But now the West has formalized those restrictions and will not cancel them in the foreseeable future.';
const COUNTRIES =
  "China's experience of military and technical cooperation with such countries as Turkey, Pakistan, Iran and Argentina shows that whatever shortcomings might exist in Chinese technology are more than compensated for by Beijing's open and businesslike approach.";

/** The excerpt of the first occurrence of `mention` in `text`. */
const around = (text: string, mention: string, words?: number) => {
  const start = text.indexOf(mention);
  if (start === -1) throw new Error(`"${mention}" is not in the fixture`);
  return excerptAround(text, start, start + mention.length, { words });
};

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
      expect(e.text.slice(e.highlight.start, e.highlight.end)).toBe(mention);
      expect(e.before + e.match + e.after).toBe(e.text);
      expect(e.match).toBe(mention);
    }
  });

  it('starts at the mention’s sentence when that is nearer than the word limit, with no ellipsis there', () => {
    const e = around(WEST, 'Washington', 20);
    expect(e.before.startsWith('Russian industries have often faced')).toBe(true);
    expect(e.cutBefore).toBe(false);
    // …and ends where the sentence ends, with its full stop and no ellipsis.
    expect(e.after).toBe(' willingly sells to its allies.');
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
    expect(first.before).toBe('');
    expect(first.cutBefore).toBe(false);
    expect(first.text).toBe(`China, on the other hand${ELLIPSIS}`);
    const short = excerptAround('Made by CASIC', 8, 13);
    expect(short).toMatchObject({ text: 'Made by CASIC', cutBefore: false, cutAfter: false, highlight: { start: 8, end: 13 } });
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

  it('refuses a range outside the text or an empty one', () => {
    expect(() => excerptAround('abc', 2, 2)).toThrow(RangeError);
    expect(() => excerptAround('abc', 1, 9)).toThrow(RangeError);
  });
});
