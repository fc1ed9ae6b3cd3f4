/**
 * The files a static host and a crawler read, written after the build: `robots.txt` naming the
 * sitemap by its absolute address, and `_redirects` (the format Netlify and Cloudflare Pages
 * read) sending every retired claim id and entity slug to where it lives now. The retired
 * addresses also have pages of their own that forward (see Redirect.astro), for other hosts.
 * Before the build, a production build without SITE_URL is warned about: its canonical links,
 * citations and cards would all point at localhost.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkedEdition } from '../edition/edition.ts';
import { SITEMAP_HREF, claimPageHref, entityHref } from '../lib/routes.ts';

/** Retired address → current address, site-relative, for every moved claim and entity. */
export function movedAddresses(edition: Pick<ReturnType<typeof checkedEdition>, 'movedClaims' | 'movedEntities'>): Map<string, string> {
  return new Map([
    ...[...edition.movedClaims].map(([old, now]) => [claimPageHref(old), claimPageHref(now)] as const),
    ...[...edition.movedEntities].map(([old, now]) => [entityHref(old), entityHref(now)] as const),
  ]);
}

export function redirectsFile(moved: ReadonlyMap<string, string>): string {
  const lines = ['# Retired addresses of claims and glossary entries, and where they live now (generated).'];
  for (const [from, to] of moved) lines.push(`${from} ${to} 301`);
  return `${lines.join('\n')}\n`;
}

export function robotsFile(site: URL): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_HREF, site).href}\n`;
}

/** The warning for a production build that would publish localhost addresses, or undefined. */
export function siteUrlWarning(env: Record<string, string | undefined>, site: string | undefined): string | undefined {
  if (env.SITE_URL) return undefined;
  return (
    `SITE_URL is not set, so this build uses ${site ?? 'http://localhost:4321'} as the site's address: ` +
    'canonical links, "Cite this" citations, /annotations.jsonld, the sitemap and the link-preview cards will all point at localhost. ' +
    'Set it for a real deployment, e.g. SITE_URL=https://example.org npm run build (see README, "Deploying").'
  );
}

export default function siteFiles(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'edition:site-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': ({ logger }) => {
        const warning = siteUrlWarning(process.env, site?.href);
        if (warning) logger.warn(warning);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const moved = movedAddresses(checkedEdition());
        writeFileSync(join(dist, '_redirects'), redirectsFile(moved));
        if (site) writeFileSync(join(dist, 'robots.txt'), robotsFile(site));
        logger.info(`wrote robots.txt and _redirects (${moved.size} moved address(es))`);
      },
    },
  };
}
