import { describe, expect, it } from 'vitest';
import { firstDifference, words } from '../support/words.ts';

describe('word-for-word comparison (used by the text-integrity test)', () => {
  it('ignores whitespace and punctuation but keeps every word', () => {
    expect(words('Russia\'s  "U.S.-made" (CASIC), $2 billion — 071!')).toEqual([
      "Russia's",
      'U.S',
      'made',
      'CASIC',
      '$2',
      'billion',
      '071',
    ]);
    expect(words('Russia’s')).toEqual(words("Russia's"));
  });

  it('names the first differing word with the text around it', () => {
    const message = firstDifference(words('the blockade might remain for decades'), words('the blockade may remain for decades'));
    expect(message).toContain('word 3 differs: expected "might", found "may"');
    expect(message).toContain('rendered: …the blockade may remain');
  });

  it('reports a dropped or added word at the end', () => {
    expect(firstDifference(['a', 'b'], ['a'])).toContain('expected "b", found "(end of text)"');
    expect(firstDifference(['a'], ['a', 'b'])).toContain('expected "(end of text)", found "b"');
    expect(firstDifference(['a'], ['a'])).toBeUndefined();
  });
});
