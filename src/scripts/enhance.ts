/**
 * The one script every page loads (deferred, small): it opens search from the header control,
 * `/` or Ctrl/⌘-K, on arriving from a search result highlights the words searched for, keeps an
 * opened note on screen, and makes the ¶ and "Copy link"/"Copy quote" controls copy (they stay
 * plain links without JS), and a selection in the op-ed offer a link to its words.
 * Everything heavier is imported only when used, so reading costs almost no JavaScript.
 */
import { claimAnchor } from '../lib/routes.ts';

const SEARCH_PARAM = 'pagefind-highlight';

function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

// The search page has its own field: search opens there, never as a second search over it.
const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
let pageField: Promise<HTMLInputElement> | undefined;

async function openSearch() {
  if (pageField) return (await pageField).focus();
  const { openSearchDialog } = await import('./search-ui.ts');
  openSearchDialog();
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[data-search-open]');
  if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  void openSearch();
});

const share = () => import('./share.ts');

// A permalink control copies its address and says so, instead of only moving the address bar.
document.addEventListener('click', (event) => {
  const control = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a.pilcrow, a[data-copy-link], a[data-copy-quote]');
  if (!control || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
  event.preventDefault();
  void share().then((m) => m.copyFrom(control));
});

// Words selected in the op-ed: offer a link that lands on them (loaded on the first selection).
const offer = (event: Event) => {
  const text = (event.target as Element | null)?.closest?.('.oped .text');
  if (text && !getSelection()?.isCollapsed) void share().then((m) => m.offerSelectionLink());
};
document.addEventListener('pointerup', offer);
document.addEventListener('keyup', offer);

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !typing(event.target);
  const k = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.altKey;
  if (!slash && !k) return;
  event.preventDefault();
  void openSearch();
});

if (searchPage) {
  pageField = import('./search-ui.ts').then(({ mountSearch }) => {
    const field = mountSearch(searchPage, { initial: new URLSearchParams(location.search).get('q') ?? '', syncAddress: true });
    field.focus();
    return field;
  });
}

if (new URLSearchParams(location.search).has(SEARCH_PARAM)) void import('./search-landing.ts').then(({ land }) => land(SEARCH_PARAM));

// A claim's whole note opens anchored to its marker (CSS); when it would run off the screen,
// scroll the page just enough to show it whole (it moves with its marker), never so far that its
// marked words leave the top.
document.addEventListener(
  'toggle',
  (event) => {
    const note = event.target as HTMLElement;
    const id = note.dataset?.claimNote;
    if (!id || (event as ToggleEvent).newState !== 'open') return;
    requestAnimationFrame(() => {
      const box = note.getBoundingClientRect();
      const words = document.getElementById(claimAnchor(id))?.getBoundingClientRect() ?? box;
      const below = box.bottom + 8 - innerHeight;
      if (below > 0) scrollBy(0, Math.min(below, Math.min(box.top, words.top) - 8));
      else if (box.top < 8) scrollBy(0, box.top - 8);
    });
  },
  true,
);
