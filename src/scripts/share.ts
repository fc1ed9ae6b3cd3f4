/**
 * Copying links and quotes, loaded on first use by enhance.ts. A control is an `<a>` whose href
 * is what it copies (so without JavaScript it is simply that link); `data-copy-quote` copies the
 * claim's words with attribution instead. Every copy is confirmed in a visible `role="status"`
 * line, which screen readers announce. Selecting words in the op-ed offers a link that lands on
 * them: the paragraph's permalink with a text fragment (`#<paragraph>:~:text=…`); browsers
 * without text fragments still land on the paragraph.
 */
import { textFragmentHref } from '../lib/text-fragment.ts';
import shareCss from '../styles/share.css?inline';

// Its CSS comes with it and applies once, when this module first loads (why so: search-ui.ts).
const sheet = new CSSStyleSheet();
sheet.replaceSync(shareCss);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

let status: HTMLElement | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

/** The status line, created empty first so that its later text is announced as a change. */
function statusLine(): HTMLElement {
  if (!status) {
    status = document.createElement('p');
    status.className = 'share-status';
    status.setAttribute('role', 'status');
    document.body.append(status);
  }
  return status;
}

export function announce(message: string): void {
  const line = statusLine();
  line.textContent = '';
  clearTimeout(timer);
  requestAnimationFrame(() => {
    line.textContent = message;
    timer = setTimeout(() => (line.textContent = ''), 5000);
  });
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Copies what a control stands for (its absolute address, or its quote) and says so. */
export async function copyFrom(control: HTMLAnchorElement): Promise<void> {
  statusLine();
  const quote = control.dataset.copyQuote;
  const url = new URL(control.getAttribute('href') ?? '', location.href).href;
  if (await copyText(quote ?? url)) {
    announce(quote ? 'Quote copied, with its source and address' : 'Link copied');
    // A paragraph's permalink also shows in the address bar, as the plain link did.
    if (control.classList.contains('pilcrow') && new URL(url).pathname === location.pathname) history.replaceState(null, '', url);
  } else {
    announce(quote ? 'Could not copy: select the quote and copy it' : 'Could not copy: opening the link instead');
    if (!quote) location.href = url;
  }
}

let button: HTMLButtonElement | undefined;
let pending = '';

function hideOffer(): void {
  button?.remove();
}

/** Offers a "Copy link to these words" button beside the current selection in the op-ed. */
export function offerSelectionLink(): void {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
    hideOffer();
    return;
  }
  const range = selection.getRangeAt(0);
  const start = range.startContainer.parentElement?.closest<HTMLElement>('.oped .text > p[id]');
  const words = selection.toString();
  if (!start || !words.trim()) {
    hideOffer();
    return;
  }
  pending = new URL(textFragmentHref(`${location.pathname}#${start.id}`, words), location.href).href;
  if (!button) {
    button = document.createElement('button');
    button.type = 'button';
    button.className = 'share-offer';
    button.textContent = 'Copy link to these words';
    button.addEventListener('click', async () => {
      const ok = await copyText(pending);
      announce(ok ? 'Link to the selected words copied' : 'Could not copy the link');
      hideOffer();
    });
    document.addEventListener('selectionchange', () => {
      if (getSelection()?.isCollapsed && document.activeElement !== button) hideOffer();
    });
    document.addEventListener('keydown', (event) => event.key === 'Escape' && hideOffer());
  }
  const box = range.getBoundingClientRect();
  button.style.top = `${Math.round(box.bottom + scrollY + 6)}px`;
  button.style.left = `${Math.round(Math.max(8, Math.min(box.left + scrollX, document.documentElement.clientWidth - 220)))}px`;
  document.body.append(button);
}
