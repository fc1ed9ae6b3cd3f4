import { describe, expect, it } from 'vitest';
import { movedAddresses, redirectsFile, robotsFile, siteUrlWarning } from '../../src/integrations/site-files.ts';
import { clip } from '../../src/views/card.ts';

describe('files for hosts and crawlers', () => {
  it('_redirects sends retired claim and entity addresses to the current ones', () => {
    const moved = movedAddresses({ movedClaims: new Map([['old-claim', 'new-claim']]), movedEntities: new Map([['acme', 'acme-corp']]) });
    expect(redirectsFile(moved).split('\n')).toEqual([
      expect.stringMatching(/^#/),
      '/claims/old-claim/ /claims/new-claim/ 301',
      '/entities/acme/ /entities/acme-corp/ 301',
      '',
    ]);
  });

  it('robots.txt names the sitemap by its absolute address', () => {
    expect(robotsFile(new URL('https://example.org/'))).toContain('Sitemap: https://example.org/sitemap-index.xml\n');
  });

  it('a build without SITE_URL is warned that its addresses will point at localhost', () => {
    expect(siteUrlWarning({}, 'http://localhost:4321/')).toMatch(/SITE_URL is not set.*localhost.*SITE_URL=https:/s);
    expect(siteUrlWarning({ SITE_URL: 'https://example.org' }, 'https://example.org/')).toBeUndefined();
  });
});

describe('card text', () => {
  it('cuts long words at a word, with an ellipsis, and leaves short ones alone', () => {
    expect(clip('For reasonable terms, China readily agrees', 30)).toBe('For reasonable terms, China…');
    expect(clip('Short enough', 30)).toBe('Short enough');
  });
});
