import { describe, expect, it } from 'vitest';
import { distinctiveWords } from '../support/search-words.ts';

describe('the words the search test looks for', () => {
  const texts = [
    { kind: 'note', text: 'Intro sentence. Later the Izvestia daily and Eurostat reported 2014/15 figures; Tianhe-2 too, said Moscow.' },
    { kind: 'note', text: 'Izvestia again, and Izvestia is everywhere. Moscow said.' },
    { kind: 'note', text: 'Izvestia once more. Moscow.' },
    { kind: 'note', text: 'Izvestia, a fourth time. Moscow.' },
    { kind: 'entry', text: 'Roscosmos bought Chinese components in 2022; Rogozin said so.' },
  ];

  it('picks names and figures from anywhere in a text, not words found everywhere or plain words', () => {
    const chosen = distinctiveWords(texts, 5).map((c) => c.word);
    expect(chosen).toEqual(expect.arrayContaining(['Eurostat', 'Tianhe-2', 'Roscosmos', 'Rogozin']));
    expect(chosen).not.toContain('Izvestia');
    expect(chosen).not.toContain('sentence');
    expect(chosen).not.toContain('Moscow');
  });

  it('is the same every time and takes at most the number asked of each kind', () => {
    expect(distinctiveWords(texts, 1)).toEqual(distinctiveWords(texts, 1));
    expect(distinctiveWords(texts, 1).filter((c) => c.kind === 'note')).toHaveLength(1);
  });
});
