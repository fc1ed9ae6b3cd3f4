/**
 * Latin letters for ids made from non-Latin words: a paragraph that opens in Russian gets a
 * readable permalink (`rossiya-dolzhna-…`) instead of an empty one. Cyrillic and Greek follow
 * a plain, reversible-enough table (close to BGN/PCGN); other scripts (Chinese, Arabic, …)
 * have no short table, so each of their letters becomes its code point in hex, which is stable
 * and distinct for distinct text.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Ukrainian, Belarusian, Serbian, Macedonian letters.
  є: 'ye',
  і: 'i',
  ї: 'yi',
  ґ: 'g',
  ў: 'u',
  ђ: 'dj',
  ј: 'j',
  љ: 'lj',
  њ: 'nj',
  ћ: 'c',
  џ: 'dz',
  ѓ: 'gj',
  ќ: 'kj',
  ѕ: 'dz',
};

/** Latin letters that do not decompose into a base letter and an accent. */
const LATIN: Record<string, string> = { ß: 'ss', æ: 'ae', ø: 'o', œ: 'oe', ł: 'l', đ: 'd', þ: 'th', ð: 'd', ı: 'i' };

const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/**
 * Lowercase `word` in Latin letters and digits: Cyrillic and Greek by table, ASCII kept, any
 * other letter as its hex code point (one token per letter, joined by "-").
 */
export function latinTokens(word: string): string[] {
  const tokens: string[] = [];
  let run = '';
  for (const ch of word.normalize('NFC').toLowerCase()) {
    // Accents go ("é" → "e"), but only after the tables: "й" is a letter of its own, not "и".
    const bare = ch.normalize('NFKD').replace(/\p{M}/gu, '');
    const latin = CYRILLIC[ch] ?? GREEK[ch] ?? LATIN[ch] ?? (/^[a-z0-9]+$/.test(bare) ? bare : undefined);
    if (latin !== undefined) {
      run += latin;
      continue;
    }
    if (!/[\p{L}\p{N}]/u.test(ch)) continue;
    if (run) tokens.push(run);
    run = '';
    tokens.push(ch.codePointAt(0)!.toString(16));
  }
  if (run) tokens.push(run);
  return tokens;
}
