/**
 * First narrows each page's CSP <meta> to the hashes of that page's own inline styles and
 * scripts: Astro writes into every page the hashes of every inline piece it knows of across the
 * site (on the article, thirteen hashes for its one <style>, some 0.6 KB of incompressible text).
 * Then writes `dist/_headers` (the format Netlify and Cloudflare Pages read) after the build: the
 * Content-Security-Policy of the pages, as Astro put it in each page's <meta>, now as a real
 * header with what a <meta> cannot carry (frame-ancestors), plus the usual hardening headers.
 *
 * One rule, `/*`, whatever the size of the library: Cloudflare Pages reads at most 100 rules
 * (a rule per page silently lost some at 50 articles), and two rules matching one address would
 * have their policies joined. The header's policy is the union of the pages' policies (every
 * page's own hashes of its inline styles and scripts, all of them the site's own code); each page
 * keeps its exact policy in its <meta>, and a browser enforces both, so what a page may run is
 * still only what its own <meta> allows.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../lib/built-pages.ts';

const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The policy in a page's CSP <meta>, or undefined. */
function metaPolicy(html: string): string | undefined {
  const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
  return meta?.[1]
    ?.replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A page's HTML with its CSP <meta> allowing, of the hashed sources, only the hashes of the
 * page's own inline <style> and executable inline <script> elements (JSON-LD is data, which a
 * policy does not govern). Other sources ('self', 'wasm-unsafe-eval', …) stay as they are.
 */
export function ownPolicyHtml(html: string): string {
  const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
  const own = {
    'style-src': new Set([...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => hash(m[1]!))),
    'script-src': new Set(
      [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
        .filter((m) => !/\bsrc=/.test(m[1]!) && !/type="application\/(ld\+)?json"/.test(m[1]!))
        .map((m) => hash(m[2]!)),
    ),
  };
  return html.replace(/(<meta http-equiv="content-security-policy" content=")([^"]*)"/i, (_, start: string, content: string) => {
    const narrowed = content
      .split(';')
      .map((part) => {
        const [name, ...sources] = part.trim().split(/\s+/);
        if (name !== 'style-src' && name !== 'script-src') return part;
        const keep = sources.filter(
          (source) => !/^'sha(256|384|512)-/.test(source.replace(/&#39;/g, "'")) || own[name].has(source.replace(/&#39;/g, "'")),
        );
        return ` ${[name, ...keep].join(' ')}`;
      })
      .join(';');
    return `${start}${narrowed}"`;
  });
}

/** Cloudflare Pages applies at most this many rules from `_headers`. */
export const MAX_RULES = 100;

/**
 * The union of several policies: each directive once, in order of first appearance, with every
 * source any policy gives it. Policies that differ only in their hashes (as pages do) merge.
 */
export function unionPolicy(policies: Iterable<string>): string {
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const list = directives.get(name) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      directives.set(name, list);
    }
  }
  return [...directives].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The `_headers` text for a built site. */
export function headersFile(dist: string): string {
  const policies = htmlFiles(dist)
    .sort()
    .map((file) => metaPolicy(readFileSync(file, 'utf8')))
    .filter((policy): policy is string => policy !== undefined);
  const lines = ['/*', ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  if (policies.length) lines.push(`  Content-Security-Policy: ${unionPolicy([...policies, "frame-ancestors 'none'"])}`);
  return `${lines.join('\n')}\n`;
}

/** How many rules (address patterns) a `_headers` text holds. */
export function ruleCount(headers: string): number {
  return headers.split('\n').filter((line) => line.startsWith('/')).length;
}

export default function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        for (const file of htmlFiles(dist)) {
          const html = readFileSync(file, 'utf8');
          const narrowed = ownPolicyHtml(html);
          if (narrowed !== html) writeFileSync(file, narrowed);
        }
        writeFileSync(join(dist, '_headers'), headersFile(dist));
        logger.info('wrote _headers');
      },
    },
  };
}
