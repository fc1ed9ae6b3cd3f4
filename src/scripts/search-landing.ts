/**
 * Arriving from a search result (`…?pagefind-highlight=word#place`): the place is the URL's
 * fragment, which the browser has scrolled to and marked (`:target`). Here the words that were
 * matched are highlighted in that place only (and in a claim's note, opened), the claim's
 * margin item is emphasised, and the parameter leaves the address, so that what a reader copies
 * is the place's own permalink.
 */
import landingCss from '../styles/landing.css?inline';
import { findWords } from '../lib/highlight-ranges.ts';
import { CLAIM_ANCHOR_PREFIX } from '../lib/routes.ts';

// Its CSS comes with it and applies once, when this module first loads (why so: search-ui.ts).
const sheet = new CSSStyleSheet();
sheet.replaceSync(landingCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

/** Where nothing is highlighted: controls and the site's own furniture (a glossary mention is a button, and is text). */
const CONTROLS = 'button:not([data-entity]), .pilcrow, .vh, [aria-hidden="true"], script, style';

function safeDecode(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** Wraps each occurrence of `words` in the text under `root` in `<mark class="search-hit">`. */
function highlight(root: Element, words: string[]) {
  const inside = (element: Element | null | undefined) => Boolean(element && element !== root && root.contains(element));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      // A note inside a paragraph is the edition's words, not the author's: highlighted only
      // when the note itself is the place.
      const skip = inside(parent?.closest(CONTROLS)) || inside(parent?.closest('[data-claim-note]'));
      return skip ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  for (const node of nodes) {
    // From the last range backwards, so earlier offsets stay valid as the node splits.
    for (const [start, end] of findWords(node.data, words).reverse()) {
      const hit = node.splitText(start);
      hit.splitText(end - start);
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
}

export function land(param: string) {
  const params = new URLSearchParams(location.search);
  const words = params.getAll(param).filter(Boolean);
  const id = safeDecode(location.hash.slice(1));
  const target = (id && document.getElementById(id)) || document.querySelector('main');
  if (target) {
    const places: Element[] = [target];
    if (id.startsWith(CLAIM_ANCHOR_PREFIX)) {
      const claim = id.slice(CLAIM_ANCHOR_PREFIX.length);
      const note = document.querySelector<HTMLElement>(`[data-claim-note="${CSS.escape(claim)}"]`);
      if (note) {
        // A note folded away (a closed popover) opens as its marker would open it: anchored to
        // the marker (beside, not over, the marked words), and closing it gives focus back there.
        if (note.matches('[popover]:not(:popover-open)')) {
          const marker = document.querySelector<HTMLElement>(`[popovertarget="${CSS.escape(note.id)}"]`);
          marker?.focus({ preventScroll: true });
          (note.showPopover as (options?: { source?: HTMLElement }) => void)({ source: marker ?? undefined });
        }
        places.push(note);
      }
      document.querySelector(`[data-claim-margin="${CSS.escape(claim)}"]`)?.classList.add('search-found');
    }
    for (const place of places) highlight(place, words);
  }
  params.delete(param);
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}
