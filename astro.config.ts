import { defineConfig } from 'astro/config';
import contentCheck from './src/integrations/content-check.ts';
import searchIndex from './src/integrations/search-index.ts';

/**
 * The site's public address, for canonical URLs and link previews. Set SITE_URL when
 * deploying; the default is the local server of `npm start`.
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
  integrations: [contentCheck(), searchIndex()],
});
