/**
 * Prepares an article for the page: its paragraphs with stable ids and permalinks, its claims
 * anchored and marked with their notes, its entity mentions linked. Every problem found is added
 * to the list with the file, the claim or paragraph, and the fix; nothing is guessed.
 */
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';
import { markdownToHast, toHtml } from './processor.ts';
import { EDITORIAL, insertAfter, insertBefore, textOf, withinOneTextNode, wrapRange } from './hast-range.ts';
import { noteElement, noteMarkers } from './note.ts';
import { explicitId, paragraphId } from './paragraph-ids.ts';
import { checkPermalinks } from './permalinks.ts';
import { anchorQuote, partiallyOverlap, type TextPosition } from './anchor.ts';
import { mentionMatcher, type Alias } from './mentions.ts';
import type { ProblemList } from '../content/errors.ts';
import type { ArticleEntry, EntityEntry } from '../content/load.ts';
import type { Claim, PermalinkManifest } from '../content/schema.ts';
import { articleHref, claimAnchor, claimHref } from '../lib/routes.ts';

/** Where a paragraph sits: the author's text, or the publication's notes after it. */
export type ParagraphRole = 'body' | 'bio' | 'disclaimer';

export interface PreparedParagraph {
  /** Stable id, the permalink fragment. */
  id: string;
  /** Retired ids that now land here. */
  aliases: string[];
  /** 1-based position, for labels ("paragraph 3"). */
  number: number;
  role: ParagraphRole;
  /** The author's words, plain. */
  text: string;
  /** Inner HTML: marked claims, notes, mentions, the permalink control. */
  html: string;
}

export interface PreparedClaim {
  claim: Claim;
  /** 1-based, in reading order. */
  number: number;
  paragraphId: string;
  position: TextPosition;
}

export interface PreparedMention {
  slug: string;
  alias: string;
  paragraphId: string;
  start: number;
  end: number;
  /** Whether this mention is the linked one (first in its paragraph). */
  linked: boolean;
}

export interface PreparedArticle {
  entry: ArticleEntry;
  slug: string;
  href: string;
  paragraphs: PreparedParagraph[];
  claims: PreparedClaim[];
  mentions: PreparedMention[];
  /** The article's plain text: paragraphs joined by blank lines (for TextPositionSelector). */
  plainText: string;
  /** Offset of each paragraph in `plainText`. */
  paragraphOffsets: number[];
  /** Current ids not yet in the permalink manifest. */
  unrecorded: string[];
}

export interface PrepareContext {
  entities: readonly EntityEntry[];
  permalinks: PermalinkManifest;
  permalinksFile: string;
  /** Retired claim ids → current ones: each old `#claim-<old>` stays as an anchor on the claim. */
  movedClaims?: ReadonlyMap<string, string>;
}

interface Block {
  role: ParagraphRole;
  element: Element;
  /** 1-based line in the file, for messages. */
  line?: number;
}

function topLevelParagraphs(tree: Root): Element[] {
  return tree.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
}

/** Removes a trailing `{#id}` from the paragraph's last text node and returns the id. */
function takeExplicitId(element: Element): string | undefined {
  const last = element.children.at(-1);
  if (!last || last.type !== 'text') return undefined;
  const found = explicitId(last.value);
  if (!found) return undefined;
  last.value = last.value.slice(0, last.value.length - found.length);
  return found.id;
}

export function prepareArticle(
  entry: ArticleEntry,
  context: PrepareContext,
  problems: ProblemList,
): PreparedArticle {
  const { data, file, parsed } = entry;
  const problemCountBefore = problems.size;

  // 1. The blocks: the body's paragraphs, then the publication's notes, as published.
  const body = markdownToHast(entry.body);
  const blocks: Block[] = topLevelParagraphs(body).map((element) => ({
    role: 'body',
    element,
    line: element.position ? element.position.start.line + parsed.bodyLine - 1 : undefined,
  }));
  const bioText = [data.author.bio, data.firstAppeared?.note].filter(Boolean).join(' ');
  const bio = topLevelParagraphs(markdownToHast(bioText))[0];
  if (bio) blocks.push({ role: 'bio', element: bio, line: parsed.lineOf(['author', 'bio']) });
  const disclaimer = topLevelParagraphs(markdownToHast(`*${data.disclaimer}*`))[0];
  if (disclaimer) blocks.push({ role: 'disclaimer', element: disclaimer, line: parsed.lineOf(['disclaimer']) });

  // 2. Paragraph ids from each paragraph's own opening words.
  const ids: string[] = [];
  const seen = new Map<string, Block>();
  for (const block of blocks) {
    const explicit = takeExplicitId(block.element);
    const id = explicit ?? paragraphId(textOf(block.element));
    const other = seen.get(id);
    if (other) {
      problems.add({
        file,
        line: block.line,
        field: `paragraph "${id}"`,
        problem: `two paragraphs (lines ${other.line ?? '?'} and ${block.line ?? '?'}) get the same id "${id}" from their opening words`,
        fix: `pin a distinct id on one of them by ending it with {#another-id}`,
      });
    }
    seen.set(id, block);
    ids.push(id);
  }
  const texts = blocks.map((b) => textOf(b.element));

  // 3. Permalinks: nothing published may vanish.
  const check = checkPermalinks(
    ids,
    context.permalinks.published[entry.slug] ?? [],
    context.permalinks.moved[entry.slug] ?? {},
  );
  for (const p of check.problems) {
    problems.add({ file: context.permalinksFile, field: `moved["${entry.slug}"]["${p.id}"]`, problem: p.problem, fix: p.fix });
  }

  // 4. Claims: anchor every quote, refuse the ambiguous and the missing.
  const anchored: Array<{ claim: Claim; index: number; position: TextPosition }> = [];
  data.claims.forEach((claim, index) => {
    const result = anchorQuote(texts, { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix });
    const where = { file, line: parsed.lineOf(['claims', index, 'quote']), field: `claims[${index}].quote (claim "${claim.id}")` };
    if (result.ok) {
      anchored.push({ claim, index, position: result });
    } else if (result.reason === 'missing') {
      const near = result.candidates
        .map((c) => `\n             ¶ ${ids[c.paragraph]}: "${c.text}"`)
        .join('');
      problems.add({
        ...where,
        problem: `the quote ${JSON.stringify(claim.quote)} is not in the article${near ? `; nearest passages:${near}` : ''}`,
        fix: 'copy the exact words from the article (straight apostrophes, no ellipsis); never point a claim at a passage that only looks similar',
      });
    } else {
      const places = result.matches.map((m) => `¶ ${ids[m.paragraph]} at ${m.start}`).join(', ');
      problems.add({
        ...where,
        problem:
          result.reason === 'ambiguous'
            ? `the quote occurs ${result.matches.length} times (${places}) and nothing says which is meant`
            : `the quote occurs (${places}) but its prefix/suffix matches none of those places`,
        fix:
          result.reason === 'ambiguous'
            ? 'add "prefix:" (the words right before) or "suffix:" (the words right after) so that exactly one place fits'
            : 'copy prefix/suffix exactly from the words around the intended place',
      });
    }
  });
  anchored.sort((a, b) => a.position.paragraph - b.position.paragraph || a.position.start - b.position.start || b.position.end - a.position.end);
  for (let i = 0; i < anchored.length; i++) {
    for (let j = i + 1; j < anchored.length; j++) {
      const a = anchored[i]!;
      const b = anchored[j]!;
      if (partiallyOverlap(a.position, b.position)) {
        problems.add({
          file,
          line: parsed.lineOf(['claims', b.index, 'quote']),
          field: `claims[${b.index}].quote (claim "${b.claim.id}")`,
          problem: `its quote overlaps the quote of claim "${a.claim.id}" without containing it or being contained in it, so the two marks cannot nest`,
          fix: `shorten one of the two quotes so that they no longer overlap, or so that one lies entirely inside the other`,
        });
      }
    }
  }

  // 5. Mentions: every alias occurrence recorded, the first per paragraph and entity linked.
  const aliases: Alias[] = context.entities.flatMap((e) => e.data.aliases.map((alias) => ({ alias, slug: e.slug })));
  const match = mentionMatcher(aliases);
  const mentions: PreparedMention[] = [];
  texts.forEach((text, paragraph) => {
    const linkedHere = new Set<string>();
    for (const m of match(text)) {
      // A mention that a claim's mark would cut in two is recorded but not linked.
      const cut = anchored.some(
        (a) => a.position.paragraph === paragraph && partiallyOverlap(a.position, { paragraph, start: m.start, end: m.end }),
      );
      const linked = !cut && !linkedHere.has(m.slug);
      if (linked) linkedHere.add(m.slug);
      mentions.push({ ...m, paragraphId: ids[paragraph]!, linked });
    }
  });
  const claims: PreparedClaim[] = anchored.map((a, i) => ({
    claim: a.claim,
    number: i + 1,
    paragraphId: ids[a.position.paragraph]!,
    position: a.position,
  }));

  // 6. Only now change the trees: mentions first (they never straddle a mark), then claims.
  if (problems.size === problemCountBefore) {
    const blockMentions = (paragraph: number) => mentions.filter((m) => m.paragraphId === ids[paragraph] && m.linked);
    blocks.forEach((block, paragraph) => {
      // From the end backwards, so earlier offsets stay valid as nodes split.
      for (const m of blockMentions(paragraph).reverse()) {
        if (!withinOneTextNode(block.element, m.start, m.end)) {
          m.linked = false;
          continue;
        }
        wrapRange(block.element, m.start, m.end, () =>
          h('button.ent', { type: 'button', popoverTarget: `entity-${m.slug}`, dataEntity: m.slug }),
        );
      }
    });
    // Outer quotes before the quotes they contain, so each inner mark lands inside its outer one.
    for (const prepared of claims) {
      const block = blocks[prepared.position.paragraph]!;
      const wrapped = wrapRange(block.element, prepared.position.start, prepared.position.end, () =>
        h('mark', { dataClaim: prepared.claim.id }),
      );
      wrapped[0]!.element.properties.id = claimAnchor(prepared.claim.id);
      for (const [old, now] of context.movedClaims ?? []) {
        if (now === prepared.claim.id) insertBefore(wrapped[0]!, h('span.alias', { id: claimAnchor(old), ...EDITORIAL }));
      }
      insertAfter(wrapped.at(-1)!, ...noteMarkers(prepared.claim, prepared.number));
      // The note goes just before the marked words: in the wide layout it floats into the
      // margin from there, so its top is level with the first line of the words it annotates.
      insertBefore(
        wrapped[0]!,
        noteElement(prepared.claim, {
          number: prepared.number,
          claimsPageHref: claimHref(prepared.claim.id),
        }),
      );
    }
  }

  // 7. Permalink controls, and the retired ids that still land here.
  const aliasesOf = new Map<string, string[]>();
  for (const [old, now] of check.aliases) aliasesOf.set(now, [...(aliasesOf.get(now) ?? []), old]);
  const paragraphs: PreparedParagraph[] = blocks.map((block, i) => {
    const id = ids[i]!;
    const number = i + 1;
    const anchors: ElementContent[] = (aliasesOf.get(id) ?? []).map((old) =>
      h('span.alias', { id: old, ...EDITORIAL }),
    );
    const pilcrow = h('a.pilcrow', { href: `#${id}`, ...EDITORIAL }, [
      h('span', { ariaHidden: 'true' }, '¶'),
      h('span.vh', `Link to paragraph ${number}`),
    ]);
    const children = [...anchors, ...block.element.children, { type: 'text' as const, value: ' ' }, pilcrow];
    return { id, aliases: aliasesOf.get(id) ?? [], number, role: block.role, text: texts[i]!, html: toHtml(children) };
  });

  const paragraphOffsets: number[] = [];
  let offset = 0;
  for (const text of texts) {
    paragraphOffsets.push(offset);
    offset += text.length + 2;
  }

  return {
    entry,
    slug: entry.slug,
    href: articleHref(entry.slug),
    paragraphs,
    claims,
    mentions,
    plainText: texts.join('\n\n'),
    paragraphOffsets,
    unrecorded: check.unrecorded,
  };
}
