/**
 * Search over the op-ed, its claims, the timeline and the glossary, on Pagefind's JavaScript API:
 * loaded the first time a reader opens search. A small custom UI rather than Pagefind's own, so
 * that results come grouped by kind ("In the op-ed" first, in reading order), each says what
 * kind of place it is (a claim with its type and verdict), and a result is shown only when it
 * really contains the words typed (src/lib/search-matching.ts).
 */
import searchCss from '../styles/search.css?inline';
import { GROUPS, SCOPE_FILTER, SHARED_SCOPE, searchTerms } from '../lib/search-query.ts';
import type { ExcerptPart } from '../lib/search-matching.ts';
import { placesOf, type PagefindResultData, type Place } from '../lib/search-results.ts';

// Its CSS comes with it (imported ?inline, so no page inlines it) and applies once, when this
// module first loads: a constructed stylesheet adopted by the document. CSSOM is not governed by
// the pages' style-src, so the strict policy needs no hash for it. No shared helper module: a
// chunk shared by the lazy scripts would make the one script every page loads carry Vite's
// preload code.
const sheet = new CSSStyleSheet();
sheet.replaceSync(searchCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

interface PagefindSearch {
  results: Array<{ id: string; data(): Promise<PagefindResultData> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(query: string | null, options: { filters?: Record<string, unknown> }, ms: number): Promise<PagefindSearch | null>;
}

/**
 * Pages whose text is fetched at first, and then at each "Show more" (each a request): a page is
 * a paragraph of the op-ed with its claims, a year of the timeline, or a glossary entry.
 */
const PAGES_FETCHED = 10;

let loading: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const module = (await import(/* @vite-ignore */ new URL('/pagefind/pagefind.js', location.href).href)) as Pagefind;
    // No worker: for an index this small, searching on the page is quick, and the worker
    // would be another 11 KB to fetch before the first result.
    await module.options({ noWorker: true });
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

/** The search scope of the page the reader is on: an article in a library, or everything. */
function scopeFilters(scoped: boolean): Record<string, unknown> {
  const scope = document.querySelector<HTMLElement>('[data-search-scope]')?.dataset.searchScope;
  return scoped && scope ? { [SCOPE_FILTER]: { any: [scope, SHARED_SCOPE] } } : {};
}

function excerptNodes(parts: ExcerptPart[]): Node[] {
  return parts.map((part) => (part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text)));
}

export interface MountOptions {
  initial?: string;
  /** Keep `?q=` in the address in step with the field (the search page). */
  syncAddress?: boolean;
}

export function mountSearch(container: HTMLElement, options: MountOptions = {}): HTMLInputElement {
  container.replaceChildren();
  const id = options.syncAddress ? 'search-q' : 'search-dialog-q';
  const input = el('input', {
    type: 'search',
    id,
    name: 'q',
    autocomplete: 'off',
    spellcheck: false,
    value: options.initial ?? '',
    placeholder: 'Pterodactyl, Mistral refund, came true…',
    'aria-describedby': `${id}-status`,
  });
  const status = el('p', { className: 'search-status', role: 'status', id: `${id}-status` });
  const groups = el('div', { className: 'search-groups' });
  const scope = document.querySelector<HTMLElement>('[data-search-scope]');
  const scopeBox = el('input', { type: 'checkbox', id: `${id}-scope`, checked: true });
  container.append(
    el('label', { className: 'search-label', for: id }, 'Search the op-ed, its claims, the timeline and the glossary'),
    input,
  );
  if (scope)
    container.append(el('label', { className: 'search-scope', for: `${id}-scope` }, scopeBox, ' Only this article and the glossary'));
  const more = el('button', { type: 'button', className: 'search-more-results', hidden: true }, 'Show more results');
  container.append(status, groups, more);

  let generation = 0;
  let limit = PAGES_FETCHED;
  const run = async (keepLimit = false) => {
    if (!keepLimit) limit = PAGES_FETCHED;
    const mine = ++generation;
    const typed = input.value.trim();
    if (options.syncAddress) {
      const url = new URL(location.href);
      if (typed) url.searchParams.set('q', typed);
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url);
    }
    const terms = searchTerms(typed);
    if (!terms.length) {
      groups.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const api = await pagefind();
    const search = await api.debouncedSearch(terms.join(' '), { filters: scopeFilters(scopeBox.checked) }, 120);
    if (!search || mine !== generation) return;
    const data = await Promise.all(search.results.slice(0, limit).map((r) => r.data()));
    if (mine !== generation) return;
    const places = data.flatMap((d, rank) => placesOf(d, terms, rank));
    groups.replaceChildren(
      ...(Object.keys(GROUPS) as Array<Place['group']>).flatMap((group) => {
        const here = places.filter((p) => p.group === group).sort((a, b) => a.order - b.order);
        if (!here.length) return [];
        const heading = el('h2', { className: 'search-group', id: `${id}-${group}` }, `${GROUPS[group]} (${here.length})`);
        const list = el(
          'ol',
          { className: 'search-results', 'aria-labelledby': `${id}-${group}` },
          ...here.map((p) =>
            el(
              'li',
              { className: 'search-result', 'data-group': group },
              el(
                'a',
                { href: p.href },
                el('span', { className: 'search-kind' }, p.kind),
                el('span', { className: 'search-title' }, p.title),
              ),
              el('p', { className: 'search-excerpt' }, ...excerptNodes(p.excerpt)),
            ),
          ),
        );
        return [el('section', { className: 'search-section' }, heading, list)];
      }),
    );
    const n = places.length;
    more.hidden = search.results.length <= limit;
    if (n === 0 && more.hidden) {
      status.replaceChildren(
        `Nothing found for “${typed}”. Try other words, or browse `,
        el('a', { href: '/claims/' }, 'every claim'),
        ' and ',
        el('a', { href: '/entities/' }, 'the glossary'),
        '.',
      );
    } else {
      status.textContent = `${n} place${n === 1 ? '' : 's'} found for “${typed}”.`;
    }
  };

  input.addEventListener('input', () => void run());
  more.addEventListener('click', () => {
    const shown = groups.querySelectorAll('a').length;
    limit += PAGES_FETCHED;
    // Focus the first new result, so a keyboard reader carries on from where the list grew.
    void run(true).then(() => groups.querySelectorAll('a')[shown]?.focus());
  });
  scopeBox.addEventListener('change', () => void run());
  // Arrow keys move between the field and the results.
  container.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...groups.querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement === input && event.key === 'ArrowDown' && links[0]) links[0].focus();
    else if (at >= 0) (event.key === 'ArrowDown' ? (links[at + 1] ?? links[at]!) : (links[at - 1] ?? input)).focus();
    else return;
    event.preventDefault();
  });
  if (options.initial) void run();
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
    const input = mountSearch(body);
    // One Escape closes, whatever the field holds: a search field's own Escape would clear it
    // first and take a second press to leave. Its clear button still clears.
    input.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog!.close();
    });
    document.body.append(dialog);
  }
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  if (query !== undefined) input.value = query;
  dialog.showModal();
  input.focus();
  input.select();
}
