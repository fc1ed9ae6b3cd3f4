/**
 * Writes `dist/_headers` (the format Netlify and Cloudflare Pages read) after the build: every
 * page's Content-Security-Policy, as Astro put it in the page's <meta>, now as a real header with
 * what a <meta> cannot carry (frame-ancestors), plus the usual hardening headers for every path.
 */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles, pagePath } from '../lib/built-pages.ts';

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

/** The `_headers` text for a built site. */
function headersFile(dist: string): string {
  const blocks = [['/*', ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`)].join('\n')];
  for (const file of htmlFiles(dist).sort()) {
    const policy = metaPolicy(readFileSync(file, 'utf8'));
    if (!policy) continue;
    // Hosts serve /404.html as /404 too: the rule names the address without the extension.
    const path = pagePath(dist, file).replace(/\.html$/, '');
    blocks.push(`${path}\n  Content-Security-Policy: ${policy.replace(/;?\s*$/, '')}; frame-ancestors 'none'`);
  }
  return `${blocks.join('\n\n')}\n`;
}

export default function staticHeaders(): AstroIntegration {
  return {
    name: 'static-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        writeFileSync(join(dist, '_headers'), headersFile(dist));
        logger.info('wrote _headers');
      },
    },
  };
}
