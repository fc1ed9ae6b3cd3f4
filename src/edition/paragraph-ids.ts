/**
 * Paragraph ids: the permalink of a paragraph is made from its own first words, so it stays the
 * same when any other paragraph is edited, inserted, removed or annotated. Only rewriting a
 * paragraph's opening words changes its id, and the permalink manifest then insists that the
 * old id is mapped to the new one (see `permalinks.ts`).
 *
 * An editor can pin an id by ending the paragraph with `{#some-id}`; that is also the fix when
 * two paragraphs open with the same words.
 */

import { latinTokens } from '../lib/transliterate.ts';
import { withoutInvisible } from '../lib/invisible-text.ts';

/** How many opening words make an id: enough to be unique and readable, short enough to share. */
const ID_WORDS = 5;

const EXPLICIT_ID = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

/** `"A significant number of the economic…"` → `"a-significant-number-of-the"`. */
export function paragraphId(text: string, words = ID_WORDS): string {
  const tokens = withoutInvisible(text)
    .replace(/['’]/g, '') // "Russia's" → "russias", one word
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    // Accents stripped ("Élysée" → "elysee"), Cyrillic and Greek transliterated, other scripts
    // as code points: a paragraph in any language gets its own id, never an empty one.
    .flatMap(latinTokens);
  const id = tokens.slice(0, words).join('-');
  // An id must start with a letter to be a friendly fragment; paragraphs opening with a figure get "p-".
  return /^[a-z]/.test(id) ? id : `p-${id || 'empty'}`;
}

/** Finds an explicit `{#id}` at the end of a paragraph's text. */
export function explicitId(text: string): { id: string; length: number } | undefined {
  const match = EXPLICIT_ID.exec(text);
  return match ? { id: match[1]!, length: match[0].length } : undefined;
}
