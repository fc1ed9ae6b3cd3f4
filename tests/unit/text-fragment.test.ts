import { describe, expect, it } from 'vitest';
import { encodeTextTerm, textFragmentHref } from '../../src/lib/text-fragment.ts';

describe('links to selected words', () => {
  it('follow the paragraph permalink, so browsers without text fragments still land on the paragraph', () => {
    expect(textFragmentHref('/a/#p-one', 'China readily agrees')).toBe('/a/#p-one:~:text=China%20readily%20agrees');
  });

  it('escape the characters a text directive reserves', () => {
    expect(encodeTextTerm('anti-ship, air & sea')).toBe('anti%2Dship%2C%20air%20%26%20sea');
  });

  it('name a long selection by its first and last words, whitespace collapsed', () => {
    const href = textFragmentHref('/a/#p', 'one two  three\nfour five six seven eight nine ten');
    expect(href).toBe('/a/#p:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });
});
