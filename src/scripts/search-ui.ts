/**
 * Search over paragraphs, claims and glossary entries, on Pagefind's JavaScript API: loaded the
 * first time a reader opens search. A small custom UI rather than Pagefind's Component UI, so
 * that each result shows what kind of place it is (a paragraph, a claim with its type and
 * verdict, a glossary entry with its kind) and so that the whole first search stays under
 * the 90 KB the peers set (README, "Performance").
 */
import '../styles/search.css';
import { searchTerms, SEARCH_FILTERS } from '../lib/search-query.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  /** A null query lists every record that matches the filters alone (Pagefind's filter-only search). */
  debouncedSearch(
    query: string | null,
    options: { filters?: Record<string, string> },
    ms: number,
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
}

const HIGHLIGHT = 'pagefind-highlight';
/** Results whose excerpts are fetched at first: each costs a request. */
const SHOWN = 8;

let loading: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
    // No worker: for an index this small, searching on the page is quick, and the worker
    // would be another 11 KB to fetch before the first result.
    await module.options({ excerptLength: 24, noWorker: true });
    await module.init();
    return module;
  })();
  return loading;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: Array<Node | string>
) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'for') node.setAttribute(key, String(value));
    else (node as unknown as Record<string, unknown>)[key] = value;
  }
  node.append(...children);
  return node;
}

/** Pagefind's excerpt, with only its `<mark>`s kept as markup. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const mark = /^<mark>([^<]*)<\/mark>$/.exec(part);
    const text = (mark ? mark[1]! : part).replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!,
    );
    return mark ? el('mark', {}, text) : document.createTextNode(text);
  });
}

/** The result's address with the searched words, before the fragment, for highlighting there. */
export function landingUrl(url: string, query: string): string {
  const [path, fragment] = url.split('#');
  const words = query.split(/\s+/).filter(Boolean);
  const params = new URLSearchParams(words.map((w) => [HIGHLIGHT, w]));
  return `${path}${words.length ? `?${params}` : ''}${fragment ? `#${fragment}` : ''}`;
}

export function mountSearch(container: HTMLElement, initial = ''): HTMLInputElement {
  container.replaceChildren();
  const input = el('input', {
    type: 'search',
    id: 'search-q',
    name: 'q',
    autocomplete: 'off',
    spellcheck: false,
    value: initial,
    placeholder: 'Pterodactyl, Mistral refund, came true…',
  });
  const selects = new Map<string, HTMLSelectElement>();
  const filterBox = el('div', { className: 'search-filters' });
  for (const [name, label] of SEARCH_FILTERS) {
    const select = el('select', { id: `search-f-${name}`, name }, el('option', { value: '' }, 'Any'));
    selects.set(name, select);
    filterBox.append(el('label', { className: 'search-filter' }, `${label} `, select));
  }
  const status = el('p', { className: 'search-status', role: 'status' });
  const list = el('ol', { className: 'search-results', 'aria-label': 'Results' });
  const more = el('button', { type: 'button', className: 'search-more-results', hidden: true }, 'Show more results');
  let limit = SHOWN;
  container.append(
    el('label', { className: 'search-label', for: 'search-q' }, 'Search the op-ed, the claims and the glossary'),
    input,
    el('details', { className: 'search-more' }, el('summary', {}, 'Filters'), filterBox),
    status,
    list,
    more,
  );

  let generation = 0;
  const run = async (keepLimit = false) => {
    if (!keepLimit) limit = SHOWN;
    const mine = ++generation;
    const query = searchTerms(input.value).join(' ');
    const filters: Record<string, string> = {};
    for (const [name, select] of selects) if (select.value) filters[name] = select.value;
    if (!query && !Object.keys(filters).length) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const api = await pagefind();
    const search = await api.debouncedSearch(query || null, { filters }, 120);
    if (!search || mine !== generation) return;
    const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
    if (mine !== generation) return;
    list.replaceChildren(
      ...data.map((d) => {
        const labels = [d.meta.kind, d.meta.type, d.meta.verdict, d.meta.entity].filter(Boolean).join(' · ');
        return el(
          'li',
          { className: 'search-result' },
          el(
            'a',
            { href: landingUrl(d.url, query) },
            el('span', { className: 'search-kind' }, labels),
            el('span', { className: 'search-title' }, d.meta.title ?? d.url),
          ),
          el('p', { className: 'search-excerpt' }, ...excerptNodes(d.excerpt)),
        );
      }),
    );
    const n = search.results.length;
    status.textContent =
      n === 0
        ? 'Nothing found. Try fewer or other words.'
        : `${n} result${n === 1 ? '' : 's'}${n > limit ? `, the first ${limit} shown` : ''}.`;
    more.hidden = n <= limit;
  };

  input.addEventListener('input', () => void run());
  more.addEventListener('click', () => {
    const next = list.children.length;
    limit += SHOWN;
    void run(true).then(() => list.querySelectorAll('a')[next]?.focus());
  });
  for (const select of selects.values()) select.addEventListener('change', () => void run());
  // Arrow keys move between the field and the results.
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && event.key === 'ArrowDown' && links[0]) links[0].focus();
    else if (at >= 0) (event.key === 'ArrowDown' ? (links[at + 1] ?? links[at]!) : (links[at - 1] ?? input)).focus();
    else return;
    event.preventDefault();
  });

  // The filters' values are fetched when the reader first opens them, not with every search.
  const details = container.querySelector('details')!;
  details.addEventListener('toggle', async () => {
    if (!details.open || details.dataset.loaded) return;
    details.dataset.loaded = 'true';
    const available = await (await pagefind()).filters();
    for (const [name, select] of selects) {
      for (const [value, count] of Object.entries(available[name] ?? {})) select.append(el('option', { value }, `${value} (${count})`));
    }
  });
  if (initial) void run();
  return input;
}

let dialog: HTMLDialogElement | undefined;
export function openSearchDialog(query?: string) {
  if (!dialog) {
    const body = el('div', { className: 'search-body' });
    dialog = el(
      'dialog',
      { className: 'search-dialog', 'aria-label': 'Search' },
      el(
        'form',
        { method: 'dialog', className: 'search-close-form' },
        el(
          'button',
          { className: 'x', type: 'submit' },
          el('span', { 'aria-hidden': 'true' }, '×'),
          el('span', { className: 'vh' }, 'Close search'),
        ),
      ),
      body,
    );
    // A click on the backdrop (outside the box) closes, as readers expect of a modal.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    document.body.append(dialog);
    mountSearch(body);
  }
  const input = dialog.querySelector<HTMLInputElement>('#search-q')!;
  if (query !== undefined) input.value = query;
  dialog.showModal();
  input.focus();
  input.select();
}
