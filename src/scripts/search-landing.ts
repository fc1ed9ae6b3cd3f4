/**
 * Arriving from a search result (`…?pagefind-highlight=word#place`): the place is the URL's
 * fragment, which the browser has scrolled to and marked (`:target`). Here the searched words are
 * highlighted in that place only, and a claim's note is opened where notes fold into the text.
 */
import { CLAIM_ANCHOR_PREFIX } from '../lib/routes.ts';

export async function land(param: string) {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.querySelector('main');
  if (!target) return;
  if (id.startsWith(CLAIM_ANCHOR_PREFIX)) {
    const note = document.querySelector<HTMLElement>(`[data-claim-note="${CSS.escape(id.slice(CLAIM_ANCHOR_PREFIX.length))}"]`);
    if (note?.matches('[popover]:not(:popover-open)')) {
      // Opened as its marker would open it: anchored below the marker (so beside, not over, the
      // marked words), and closing it gives focus back to the marker.
      const marker = document.querySelector<HTMLElement>(`[popovertarget="${note.id}"]`);
      marker?.focus({ preventScroll: true });
      (note.showPopover as (options?: { source?: HTMLElement }) => void)({ source: marker ?? undefined });
    }
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
