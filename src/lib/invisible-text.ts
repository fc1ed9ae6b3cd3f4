/**
 * Characters a reader cannot see but a string comparison can. Content is compared after
 * Unicode NFC normalisation (done once when a file is read); these are the rest:
 * - soft hyphens and zero-width characters: invisible, so a quote copied from the page never
 *   contains them; matching ignores them in the text (and a quote that holds one is reported);
 * - bidirectional overrides and isolates: they reorder what a reader sees (a title can display
 *   as something other than what it says), so content may not contain them at all.
 */

/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, zero-width no-break space. */
export const INVISIBLE = /[\u00AD\u200B\u200C\u200D\u2060\uFEFF]/g;

/** Left-to-right/right-to-left embeddings and overrides (U+202A–202E) and isolates (U+2066–2069). */
export const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/g;

const NAMES: Record<string, string> = {
  '\u00AD': 'soft hyphen (U+00AD)',
  '\u200B': 'zero-width space (U+200B)',
  '\u200C': 'zero-width non-joiner (U+200C)',
  '\u200D': 'zero-width joiner (U+200D)',
  '\u2060': 'word joiner (U+2060)',
  '\uFEFF': 'zero-width no-break space (U+FEFF)',
  '\u202A': 'left-to-right embedding (U+202A)',
  '\u202B': 'right-to-left embedding (U+202B)',
  '\u202C': 'pop directional formatting (U+202C)',
  '\u202D': 'left-to-right override (U+202D)',
  '\u202E': 'right-to-left override (U+202E)',
  '\u2066': 'left-to-right isolate (U+2066)',
  '\u2067': 'right-to-left isolate (U+2067)',
  '\u2068': 'first strong isolate (U+2068)',
  '\u2069': 'pop directional isolate (U+2069)',
};

/** A readable name for an invisible or bidi control character. */
export function characterName(ch: string): string {
  return NAMES[ch] ?? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

export function isInvisible(ch: string): boolean {
  return /^[\u00AD\u200B\u200C\u200D\u2060\uFEFF]$/.test(ch);
}

/** The first invisible character in `text` and where it is, or undefined. */
export function firstInvisible(text: string): { char: string; index: number } | undefined {
  const match = new RegExp(INVISIBLE.source).exec(text);
  return match ? { char: match[0], index: match.index } : undefined;
}

/** The first bidi control in `text` and where it is, or undefined. */
export function firstBidiControl(text: string): { char: string; index: number } | undefined {
  const match = new RegExp(BIDI_CONTROL.source).exec(text);
  return match ? { char: match[0], index: match.index } : undefined;
}

/** `text` without invisible characters. */
export function withoutInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
