/**
 * Gates over every built page: valid HTML (html-validate, recommended rules), every internal
 * link and fragment resolving to a page and an element, external links well-formed and opened
 * safely, and a strict Content-Security-Policy that allows no inline script and no eval.
 */
import { readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import type { Root } from 'hast';
import { builtPages, fileOf } from '../support/pages.ts';

const pages = builtPages();
const trees = new Map<string, Root>(pages.map((p) => [p, fromHtml(readFileSync(fileOf(p), 'utf8'))]));
const idsOf = (tree: Root) => new Set(selectAll('[id]', tree).map((e) => String(e.properties.id)));

describe('every built page', () => {
  it('is more than the three pages of the foundation', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/about/', '/claims/', '/search/']));
  });

  // Some 110 pages since each claim has its own: more than the default 30 s on a busy 2-core machine.
  it('is valid HTML', { timeout: 120_000 }, async () => {
    const validator = new HtmlValidate();
    const failures: string[] = [];
    for (const path of pages) {
      const report = await validator.validateFile(fileOf(path));
      for (const result of report.results)
        for (const m of result.messages) failures.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(failures).toEqual([]);
  });

  it('links only to pages and elements that exist', { timeout: 120_000 }, () => {
    const broken: string[] = [];
    for (const [path, tree] of trees) {
      for (const a of selectAll('a[href], link[href]', tree)) {
        const href = String(a.properties.href);
        if (/^[a-z]+:/i.test(href)) continue;
        const url = new URL(href, `http://site${path}`);
        const target = url.pathname;
        const file = fileOf(target);
        if (!existsSync(file)) {
          broken.push(`${path}: ${href} (no ${file})`);
          continue;
        }
        if (!url.hash || (!target.endsWith('/') && !target.endsWith('.html'))) continue;
        const targetTree = trees.get(target) ?? fromHtml(readFileSync(file, 'utf8'));
        const id = decodeURIComponent(url.hash.slice(1));
        if (!idsOf(targetTree).has(id)) broken.push(`${path}: ${href} (no element #${id})`);
      }
      // popovertarget and aria references point at elements on the same page.
      const ids = idsOf(tree);
      for (const el of selectAll(
        '[popovertarget], [aria-labelledby], [aria-describedby], [aria-details], [aria-controls], label[for]',
        tree,
      )) {
        for (const attr of ['popoverTarget', 'ariaLabelledBy', 'ariaDescribedBy', 'ariaDetails', 'ariaControls', 'htmlFor']) {
          const value = el.properties[attr];
          for (const ref of Array.isArray(value) ? value : value ? [value] : [])
            if (!ids.has(String(ref))) broken.push(`${path}: ${attr}=${ref}`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('opens external links safely, and only to well-formed http(s) addresses', () => {
    const unsafe: string[] = [];
    for (const [path, tree] of trees) {
      for (const a of selectAll('a[href]', tree)) {
        const href = String(a.properties.href);
        if (!/^[a-z]+:/i.test(href)) continue;
        let url: URL | undefined;
        try {
          url = new URL(href);
        } catch {
          unsafe.push(`${path}: malformed ${href}`);
          continue;
        }
        if (!/^https?:$/.test(url.protocol)) unsafe.push(`${path}: ${href} is not http(s)`);
        const rel = ([] as unknown[]).concat(a.properties.rel ?? []).map(String);
        if (!rel.includes('noopener') || !rel.includes('noreferrer')) unsafe.push(`${path}: ${href} without rel="noopener noreferrer"`);
      }
    }
    expect(unsafe).toEqual([]);
  });

  it('carries a strict Content-Security-Policy: no inline script, no eval', () => {
    for (const [path, tree] of trees) {
      const meta = selectAll('meta[http-equiv="content-security-policy"]', tree);
      expect(meta, path).toHaveLength(1);
      const policy = String(meta[0]!.properties.content);
      const scriptSrc = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/);
      expect(policy, path).toMatch(/default-src 'self'/);
      expect(policy, path).toMatch(/object-src 'none'/);
      // Every executable script is external (hashed or 'self'); inline ones only carry data.
      for (const s of selectAll('script', tree)) {
        const type = String(s.properties.type ?? '');
        if (!s.properties.src) expect(type, `${path}: an inline script`).toBe('application/ld+json');
      }
    }
  });

  it('_headers gives every page a policy covering its own, with frame-ancestors and the usual hardening, in few rules', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin', 'X-Frame-Options: DENY']) {
      expect(headers).toContain(header);
    }
    // Cloudflare Pages reads at most 100 rules; a rule per page outgrew that at 50 articles.
    expect(headers.split('\n').filter((line) => line.startsWith('/')).length).toBeLessThanOrEqual(100);
    const pairs = (p: string) =>
      p.split(';').flatMap((part) => {
        const [name, ...sources] = part.trim().split(/\s+/);
        return sources.map((source) => `${name} ${source}`);
      });
    for (const [path, tree] of trees) {
      const policy = String(selectAll('meta[http-equiv="content-security-policy"]', tree)[0]!.properties.content);
      const address = path.replace(/index\.html$/, '').replace(/\.html$/, '');
      const blocks = headers.split('\n\n').filter((b) => {
        const pattern = b.split('\n')[0]!;
        return pattern === address || (pattern.endsWith('*') && address.startsWith(pattern.slice(0, -1)));
      });
      const csp = blocks.flatMap((b) => b.split('\n').filter((line) => line.includes('Content-Security-Policy: ')));
      expect(csp, `${path}: exactly one policy applies (two would be joined)`).toHaveLength(1);
      const header = csp[0]!.split('Content-Security-Policy: ')[1]!;
      expect(header).toContain("frame-ancestors 'none'");
      for (const source of pairs(policy)) expect(pairs(header), path).toContain(source);
    }
  });
});
