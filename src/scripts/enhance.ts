/**
 * The one script every page loads (deferred, small): it opens search from the header control,
 * `/` or Ctrl/⌘-K, and on arriving from a search result highlights the words searched for.
 * Everything heavier is imported only when used, so reading costs almost no JavaScript.
 */
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
