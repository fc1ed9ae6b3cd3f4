/**
 * `_headers` stays within the 100 rules Cloudflare Pages reads, for a library of any size
 * (issue 16: one rule per page gave the 50-article bench library 141), and its policy still
 * covers what every page's own <meta> policy allows, with frame-ancestors added.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { headersFile, ownPolicyHtml } from '../../src/integrations/static-headers.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const policy = (kind: string) =>
  `default-src 'self';img-src 'self' data:;object-src 'none'; script-src 'self' 'sha256-script-${kind}='; style-src 'self' 'sha256-style-${kind}=' 'sha256-shared='`;

/** A built site of `articles` articles (each with its cite page), entity pages and a few others. */
function library(articles: number): { dist: string; policies: Map<string, string> } {
  const dist = mkdtempSync(join(tmpdir(), 'headers-'));
  dirs.push(dist);
  const policies = new Map<string, string>();
  const page = (path: string, kind: string) => {
    mkdirSync(join(dist, path), { recursive: true });
    const p = policy(kind);
    writeFileSync(
      join(dist, path, 'index.html'),
      `<!doctype html><meta http-equiv="content-security-policy" content="${p.replace(/'/g, '&#39;')}"><p>x`,
    );
    policies.set(`/${path}`, p);
  };
  for (let i = 0; i < articles; i++) {
    page(`article-${i}/`, 'article');
    page(`article-${i}/cite/`, 'cite');
  }
  for (let i = 0; i < 40; i++) page(`entities/e-${i}/`, 'entity');
  for (const other of ['', 'claims/', 'entities/', 'about/', 'search/']) page(other, other || 'home');
  return { dist, policies };
}

const rules = (headers: string) => headers.split('\n').filter((line) => line.startsWith('/'));
const sources = (p: string) =>
  p.split(';').flatMap((part) =>
    part
      .trim()
      .split(/\s+/)
      .slice(1)
      .map((s) => `${part.trim().split(/\s+/)[0]} ${s}`),
  );

describe('_headers', () => {
  it.each([1, 50, 500])('holds at most 100 rules for a library of %i articles', (n) => {
    const { dist } = library(n);
    expect(rules(headersFile(dist)).length).toBeLessThanOrEqual(100);
  });

  it('gives every page a policy that allows what its <meta> allows, and no framing', () => {
    const { dist, policies } = library(50);
    const headers = headersFile(dist);
    for (const [path, own] of policies) {
      const matching = headers.split('\n\n').filter((block) => {
        const pattern = block.split('\n')[0]!;
        return pattern === path || (pattern.endsWith('*') && path.startsWith(pattern.slice(0, -1)));
      });
      const csp = matching.flatMap((block) => block.split('\n').filter((l) => l.includes('Content-Security-Policy:')));
      expect(csp, `${path}: exactly one policy applies (two would be joined)`).toHaveLength(1);
      const header = csp[0]!.split('Content-Security-Policy: ')[1]!;
      for (const source of sources(own)) expect(sources(header), path).toContain(source);
      expect(header).toContain("frame-ancestors 'none'");
      expect(header).not.toMatch(/unsafe-inline/);
    }
  });
});

describe('a page’s own policy', () => {
  const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const css = 'p{color:red}';
  const page = (policy: string) =>
    `<!doctype html><meta http-equiv="content-security-policy" content="${policy}"><style>${css}</style>` +
    '<script type="application/ld+json">{"a":1}</script><script type="module" src="/x.js"></script><p>x';

  it('keeps only the hashes of the page’s own inline styles and scripts, and every other source', () => {
    const html = ownPolicyHtml(
      page(`default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-other='; style-src 'self' 'sha256-other=' ${sha(css)}`),
    );
    const policy = /content="([^"]*)"/.exec(html)![1]!;
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
    expect(policy).toContain(`style-src 'self' ${sha(css)}`);
    expect(policy).not.toContain('sha256-other');
    expect(policy).toContain("default-src 'self'");
    expect(html.replace(/content="[^"]*"/, '')).toBe(page('').replace(/content="[^"]*"/, ''));
  });

  it('keeps the hash of an inline executable script', () => {
    const code = 'console.log(1)';
    const html = ownPolicyHtml(
      `<meta http-equiv="content-security-policy" content="script-src 'self' ${sha(code)} 'sha256-other='"><script>${code}</script>`,
    );
    expect(html).toContain(`script-src 'self' ${sha(code)}"`);
  });
});
