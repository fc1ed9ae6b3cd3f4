/**
 * Site-wide facts pages share: the name, the navigation. Derived from the edition so that a
 * renamed article never leaves a stale link in the header.
 */
import { getEdition } from './content/edition.ts';

export const SITE_NAME = 'Kashin 2014, annotated';

export interface NavLink {
  key: 'article' | 'claims' | 'timeline' | 'entities' | 'about';
  href: string;
  label: string;
}

export function navigation(): NavLink[] {
  const first = getEdition().articles[0];
  return [
    ...(first ? [{ key: 'article' as const, href: first.href, label: 'The op-ed' }] : []),
    { key: 'claims', href: '/claims/', label: 'Claims' },
    { key: 'timeline', href: '/what-happened-next/', label: 'What happened next' },
    { key: 'entities', href: '/entities/', label: 'Glossary' },
    { key: 'about', href: '/about/', label: 'About' },
  ];
}
