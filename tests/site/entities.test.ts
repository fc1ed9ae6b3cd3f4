/**
 * The glossary as built: the index lists every entity, and every entity page links to every
 * paragraph of the op-ed that mentions it (and to no other), each link landing on an element id
 * of the page it points to.
 *
 * What "mentions" means is read from the built article, not from the pages' own data: the
 * `data-entity` hooks of the mention buttons, and the spans of the author's text that match an
 * entity's aliases (only the first mention of an entity in a paragraph gets a button, so the
 * others are found by their words).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { ARTICLE_PATH, authorText, page, select, selectAll } from '../support/html.ts';
import { loadContent } from '../../src/content/load.ts';
import { findMentions } from '../../src/edition/mentions.ts';
import { linksToCopy, sourceHref } from '../../src/content/schema.ts';

const content = loadContent();
const entities = content.entities;
const aliases = entities.flatMap((e) => e.data.aliases.map((alias) => ({ alias, slug: e.slug })));
const article = page(ARTICLE_PATH);
const paragraphs = selectAll('.text > p, .oped-foot > p.bio, .oped-foot > p.disclaimer', article);

/** slug → ids of the paragraphs that mention it, from the built article. */
function mentionedIn(): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>(entities.map((e) => [e.slug, new Set()]));
  for (const p of paragraphs) {
    const id = String(p.properties.id);
    for (const button of selectAll('button.ent[data-entity]', p)) found.get(String(button.properties.dataEntity))?.add(id);
    for (const m of findMentions(authorText(p), aliases)) found.get(m.slug)!.add(id);
  }
  return found;
}
const mentions = mentionedIn();

const pages = new Map<string, Root>();
/** A built page by path, or undefined when no such page was built. */
function built(path: string): Root | undefined {
  if (!pages.has(path)) {
    if (!existsSync(join('dist', path, 'index.html'))) return undefined;
    pages.set(path, page(path));
  }
  return pages.get(path);
}

/** Whether an internal href lands: the page exists and, with a fragment, has that id. */
function resolves(href: string): boolean {
  const [path, fragment] = href.split('#') as [string, string | undefined];
  const target = built(path);
  if (!target) return false;
  return fragment === undefined || selectAll(`[id]`, target).some((e) => e.properties.id === decodeURIComponent(fragment));
}

describe('the built article’s mentions', () => {
  it('has a mention hook for entities the text names, and each hook matches an alias in its paragraph', () => {
    const hooks = selectAll('button.ent[data-entity]', article);
    expect(hooks.length).toBeGreaterThan(20);
    for (const button of hooks) {
      const slug = String(button.properties.dataEntity);
      const entity = entities.find((e) => e.slug === slug);
      expect(entity, `data-entity="${slug}" names no entity`).toBeDefined();
      expect(entity!.data.aliases).toContain(authorText(button));
      expect(button.properties.popoverTarget).toBe(`entity-${slug}`);
    }
  });

  it('names every entity that has aliases at least once, and no context entity', () => {
    for (const entity of entities) {
      const count = mentions.get(entity.slug)!.size;
      if (entity.data.aliases.length) expect(count, `${entity.slug} is never mentioned`).toBeGreaterThan(0);
      else expect(count, `${entity.slug} is context only`).toBe(0);
    }
  });
});

describe('every entity page', () => {
  it.each(entities.map((e) => [e.slug]))('/entities/%s/ links to each paragraph that mentions it, and only those', (slug) => {
    const doc = built(`/entities/${slug}/`);
    expect(doc, `no page /entities/${slug}/`).toBeDefined();
    const linked = new Set(selectAll('.mentions a.mention-where', doc!).map((a) => String(a.properties.href)));
    const expected = new Set([...mentions.get(slug)!].map((id) => `${ARTICLE_PATH}#${id}`));
    expect(linked).toEqual(expected);
  });

  it.each(entities.map((e) => [e.slug]))('/entities/%s/ has only internal links that land on a page and an id', (slug) => {
    const doc = built(`/entities/${slug}/`)!;
    const internal = selectAll('main a[href^="/"]', doc).map((a) => String(a.properties.href));
    expect(internal.length).toBeGreaterThan(0);
    for (const href of internal) {
      // A claim's own page: /claims/<id>/ for a claim the article marks.
      if (href.startsWith('/claims/')) {
        expect(href).toMatch(/^\/claims\/[a-z0-9-]+\/$/);
        expect(resolves(`${ARTICLE_PATH}#claim-${href.slice('/claims/'.length, -1)}`), `${href}: no such claim in the article`).toBe(true);
        continue;
      }
      expect(resolves(href), `${href} on /entities/${slug}/ does not land`).toBe(true);
    }
  });

  it('marks in each excerpt a form the entity is named by, and quotes the author’s words', () => {
    for (const entity of entities) {
      const doc = built(`/entities/${entity.slug}/`)!;
      for (const mark of selectAll('.mentions mark', doc)) expect(entity.data.aliases).toContain(authorText(mark));
      for (const quote of selectAll('.mentions blockquote', doc)) {
        const words = authorText(quote).replace(/^…|…$/g, '');
        expect(
          paragraphs.some((p) => authorText(p).includes(words)),
          `"${words}" is not in the article`,
        ).toBe(true);
      }
    }
  });

  it('says of a context entity that the op-ed does not name it, and lists no mention', () => {
    const context = entities.filter((e) => e.data.aliases.length === 0);
    expect(context.length).toBeGreaterThan(0);
    for (const entity of context) {
      const doc = built(`/entities/${entity.slug}/`)!;
      expect(authorText(select('.entity-head', doc)!)).toContain('Not named in the op-ed; listed for context');
      expect(selectAll('.mentions li', doc)).toEqual([]);
    }
  });

  it('links each claim that concerns it to the marked words and to the claim’s own page', () => {
    for (const a of content.articles) {
      for (const claim of a.data.claims) {
        for (const slug of claim.entities) {
          const hrefs = selectAll('.entity-claims a', built(`/entities/${slug}/`)!).map((x) => x.properties.href);
          expect(hrefs).toContain(`${ARTICLE_PATH}#claim-${claim.id}`);
          expect(hrefs).toContain(`/claims/${claim.id}/`);
        }
      }
    }
  });

  it('cites its sources as external links that pass on no referrer', () => {
    for (const entity of entities) {
      const links = selectAll('.sources a', built(`/entities/${entity.slug}/`)!);
      expect(links.map((a) => a.properties.href)).toEqual(
        entity.data.sources.flatMap((s) => [sourceHref(s), ...(s.copy && !linksToCopy(s) ? [s.copy.url] : [])]),
      );
      for (const a of links) expect([...(a.properties.rel as string[])].sort()).toEqual(['external', 'noopener', 'noreferrer']);
    }
  });
});

describe('the glossary index', () => {
  const index = built('/entities/')!;
  const entries = selectAll('.gloss-entry', index);

  it('lists every entity exactly once, linking to its page', () => {
    const hrefs = entries.map((li) => String(select('.gloss-name a', li)!.properties.href));
    expect([...hrefs].sort()).toEqual(entities.map((e) => `/entities/${e.slug}/`).sort());
    for (const href of hrefs) expect(resolves(href), href).toBe(true);
  });

  it('groups entries under a heading per kind, and marks context entities', () => {
    for (const section of selectAll('section.kind-group', index)) {
      const heading = select('h2', section)!;
      const inSection = selectAll('.gloss-entry', section);
      expect(inSection.length).toBeGreaterThan(0);
      expect(resolves(`/entities/#${String(heading.properties.id)}`)).toBe(true);
    }
    for (const entity of entities) {
      const entry = entries.find((li: Element) => li.properties.id === entity.slug)!;
      const marked = authorText(entry).includes('Not named in the op-ed; listed for context');
      expect(marked, entity.slug).toBe(entity.data.aliases.length === 0);
    }
  });
});
