/**
 * Site-wide facts pages share: the name, the navigation. Derived from the edition so that a
 * renamed article never leaves a stale link in the header.
 */
import { getEdition } from './edition/edition.ts';
import { ABOUT_HREF, CLAIMS_HREF, GLOSSARY_HREF, TIMELINE_HREF } from './lib/routes.ts';

export const SITE_NAME = 'Kashin 2014, annotated';

/** The changes feed's name, as feed readers and the head's <link rel="alternate"> show it. */
export const CHANGES_FEED_TITLE = `${SITE_NAME}: changes`;

export interface NavLink {
  key: 'article' | 'claims' | 'timeline' | 'entities' | 'about';
  href: string;
  label: string;
}

export function navigation(): NavLink[] {
  const first = getEdition().articles[0];
  return [
    ...(first ? [{ key: 'article' as const, href: first.href, label: 'The op-ed' }] : []),
    { key: 'claims', href: CLAIMS_HREF, label: 'Claims' },
    { key: 'timeline', href: TIMELINE_HREF, label: 'What happened next' },
    { key: 'entities', href: GLOSSARY_HREF, label: 'Glossary' },
    { key: 'about', href: ABOUT_HREF, label: 'About' },
  ];
}
