import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';
import staticHeaders from './src/integrations/static-headers.ts';
import swapOutput from './src/integrations/swap-output.ts';
import siteInCss from './src/integrations/site-in-css.ts';

/**
 * No telemetry, for every command that loads this file (build, dev, preview, check) and for
 * everyone who runs it, not only CI: Astro reads this variable when it would send an event,
 * which is after it has loaded the config. tests/content/hardening-build.test.ts checks that a
 * build opens no outbound connection.
 */
process.env.ASTRO_TELEMETRY_DISABLED = '1';
import siteFiles, { movedAddresses } from './src/integrations/site-files.ts';
import sitemap from '@astrojs/sitemap';
import { checkedEdition } from './src/edition/edition.ts';
import { NOT_FOUND_HREF } from './src/lib/routes.ts';

/**
 * The site's public address, for canonical URLs, citations, the sitemap and link previews. Set
 * SITE_URL when deploying; the default is the local server of `npm start` (a production build
 * without it warns, see src/integrations/site-files.ts).
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // The reading page's CSS is small: inlined, it arrives in the first round trip with the HTML.
    inlineStylesheets: 'always',
  },
  devToolbar: { enabled: false },
  // The site's address in print CSS (a note's claim page, printed in full): see the plugin.
  vite: { plugins: [siteInCss(site)] },
  // No code in the content; Shiki's inline styles would also break the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // A strict policy in a <meta> on every page: scripts and styles only from this site or
    // hashed by Astro, no eval ('wasm-unsafe-eval' lets Pagefind compile its WebAssembly, nothing
    // more). src/integrations/static-headers.ts repeats it, with what a <meta> cannot say
    // (frame-ancestors), in dist/_headers for static hosts.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // swapOutput last: its build:done hook moves the finished site into dist/ only after the
  // others have written the search index, _headers, _redirects and the sitemap into the
  // temporary folder.
  integrations: [
    contentCheck(),
    searchIndex(),
    staticHeaders(),
    siteFiles(),
    // Every page but the 404 and the pages that only forward a retired address.
    sitemap({
      filter: (page) => {
        const path = new URL(page).pathname;
        return path !== NOT_FOUND_HREF && path !== '/404/' && !movedAddresses(checkedEdition()).has(path);
      },
    }),
    swapOutput(),
  ],
});
