/**
 * Applies CSS that a lazily loaded script brings with it (imported `?inline`, so the reading
 * page does not inline it for a feature few readers open). A constructed stylesheet, adopted by
 * the document: the pages' policy allows no <style> but its own hashed one, and CSSOM is not
 * governed by style-src; no request, nothing to wait for.
 */
const adopted = new Set<string>();

export function adoptStyles(css: string): void {
  if (adopted.has(css)) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  adopted.add(css);
}
