/**
 * Arriving from a search result (`…?pagefind-highlight=word#place`): the place is the URL's
 * fragment, which the browser has scrolled to and marked (`:target`). Here the searched words are
 * highlighted in that place only, and a claim's note is opened where notes fold into the text.
 */
import { CLAIM_ANCHOR_PREFIX, noteId } from '../lib/routes.ts';

export async function land(param: string) {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.querySelector('main');
  if (!target) return;
  if (id.startsWith(CLAIM_ANCHOR_PREFIX)) {
    const note = document.getElementById(noteId(id.slice(CLAIM_ANCHOR_PREFIX.length)));
    // In the narrow layout a note is a closed popover; in the wide one it is already shown.
    if (note?.checkVisibility && !note.checkVisibility()) note.showPopover?.();
  }
  const url = new URL('/pagefind/pagefind-highlight.js', location.href).href;
  await import(/* @vite-ignore */ url);
  const Highlight = (window as unknown as { PagefindHighlight: new (options: object) => unknown }).PagefindHighlight;
  new Highlight({
    highlightParam: param,
    markContext: target,
    addStyles: false,
    markOptions: {
      className: 'search-hit',
      // The author's words and the entry only: never a note, marker or control.
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
    },
  });
}
