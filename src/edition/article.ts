/**
 * Prepares an article for the page: its paragraphs with stable ids and permalinks, its claims
 * anchored and marked with their notes, its entity mentions linked. Every problem found is added
 * to the list with the file, the claim or paragraph, and the fix; nothing is guessed.
 *
 * In named steps, each its own function below: collect the blocks, assign their ids, check the
 * permalinks, anchor the claims, find the mentions; then, only when all of that found no
 * problem, mark the trees (the rehype plugins mark-mentions.ts and mark-claims.ts) and render
 * each paragraph.
 */
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { markdownToHast, toHtml } from './processor.ts';
import { EDITORIAL, textOf } from './hast-range.ts';
import { marginItem, marginItemId, noteId, noteMarker } from './reading-notes.ts';
import { lensTokens } from './reading-lens.ts';
import { explicitId, paragraphId } from './paragraph-ids.ts';
import { checkPermalinks, type PermalinkCheck } from './permalinks.ts';
import markMentions from './mark-mentions.ts';
import markClaims from './mark-claims.ts';
import { reservedIdReason } from '../lib/reserved-ids.ts';
import { anchorQuote, partiallyOverlap, type TextPosition } from './anchor.ts';
import { mentionMatcher, type Alias } from './mentions.ts';
import type { ProblemList } from '../content/errors.ts';
import type { ArticleEntry, EntityEntry } from '../content/load.ts';
import type { Claim, PermalinkManifest } from '../content/schema.ts';
import { articleHref, claimAnchor } from '../lib/routes.ts';

/** Where a paragraph sits: the author's text, or the publication's notes after it. */
type ParagraphRole = 'body' | 'bio' | 'disclaimer';

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

interface PrepareContext {
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

interface AnchoredClaim {
  claim: Claim;
  /** Its place in the front-matter's `claims`, for messages. */
  index: number;
  position: TextPosition;
}

function topLevelParagraphs(tree: Root): Element[] {
  return tree.children.filter((n): n is Element => n.type === 'element' && n.tagName === 'p');
}

/** Removes a trailing `{#id}` from the paragraph's last text node and returns the id. */
function takeExplicitId(element: Element): string | undefined {
  const last = element.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const found = explicitId(last.value);
  if (!found) return undefined;
  last.value = last.value.slice(0, last.value.length - found.length);
  return found.id;
}

/** The blocks: the body's paragraphs, then the publication's notes, as published. */
function collectBlocks(entry: ArticleEntry): Block[] {
  const { data, parsed } = entry;
  const blocks: Block[] = topLevelParagraphs(markdownToHast(entry.body)).map((element) => ({
    role: 'body',
    element,
    line: element.position ? element.position.start.line + parsed.bodyLine - 1 : undefined,
  }));
  const bioText = [data.author.bio, data.firstAppeared?.note].filter(Boolean).join(' ');
  const bio = topLevelParagraphs(markdownToHast(bioText))[0];
  if (bio) blocks.push({ role: 'bio', element: bio, line: parsed.lineOf(['author', 'bio']) });
  const disclaimer = topLevelParagraphs(markdownToHast(`*${data.disclaimer}*`))[0];
  if (disclaimer) blocks.push({ role: 'disclaimer', element: disclaimer, line: parsed.lineOf(['disclaimer']) });
  return blocks;
}

/** Paragraph ids from each paragraph's own opening words, or the `{#id}` pinned at its end. */
function assignIds(blocks: readonly Block[], file: string, problems: ProblemList): string[] {
  const ids: string[] = [];
  const seen = new Map<string, Block>();
  for (const block of blocks) {
    const explicit = takeExplicitId(block.element);
    const id = explicit ?? paragraphId(textOf(block.element));
    const reserved = reservedIdReason(id, 'article');
    if (reserved) {
      problems.add({
        file,
        line: block.line,
        field: `paragraph "${id}"`,
        problem: `the paragraph's id "${id}" ${explicit ? 'is pinned to' : 'comes from its opening words as'} an id the page needs for itself: ${reserved}`,
        fix: explicit ? `pin another id, e.g. {#p-${id}}` : `pin a distinct id by ending the paragraph with {#p-${id}}`,
      });
    }
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
  return ids;
}

/** Permalinks: nothing published may vanish. */
function checkArticlePermalinks(slug: string, ids: readonly string[], context: PrepareContext, problems: ProblemList): PermalinkCheck {
  const check = checkPermalinks(ids, context.permalinks.published[slug] ?? [], context.permalinks.moved[slug] ?? {});
  for (const p of check.problems) {
    problems.add({ file: context.permalinksFile, field: `moved["${slug}"]["${p.id}"]`, problem: p.problem, fix: p.fix });
  }
  return check;
}

/** Claims: every quote anchored in the text, the missing, the ambiguous and the overlapping refused; in reading order. */
function anchorClaims(entry: ArticleEntry, texts: readonly string[], ids: readonly string[], problems: ProblemList): AnchoredClaim[] {
  const { data, file, parsed } = entry;
  const anchored: AnchoredClaim[] = [];
  data.claims.forEach((claim, index) => {
    const result = anchorQuote(texts, { exact: claim.quote, prefix: claim.prefix, suffix: claim.suffix });
    const where = { file, line: parsed.lineOf(['claims', index, 'quote']), field: `claims[${index}].quote (claim "${claim.id}")` };
    if (result.ok) {
      anchored.push({ claim, index, position: result });
    } else if (result.reason === 'missing') {
      const near = result.candidates.map((c) => `\n             ¶ ${ids[c.paragraph]}: "${c.text}"`).join('');
      problems.add({
        ...where,
        problem: `the quote ${JSON.stringify(claim.quote)} is not in the article${near ? `; nearest passages:${near}` : ''}`,
        fix:
          'copy the exact words from the article (straight apostrophes, no ellipsis); never point a claim at a passage that only ' +
          'looks similar',
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
  anchored.sort(
    (a, b) => a.position.paragraph - b.position.paragraph || a.position.start - b.position.start || b.position.end - a.position.end,
  );
  for (let i = 0; i < anchored.length; i++) {
    for (let j = i + 1; j < anchored.length; j++) {
      const a = anchored[i]!;
      const b = anchored[j]!;
      if (partiallyOverlap(a.position, b.position)) {
        problems.add({
          file,
          line: parsed.lineOf(['claims', b.index, 'quote']),
          field: `claims[${b.index}].quote (claim "${b.claim.id}")`,
          problem:
            `its quote overlaps the quote of claim "${a.claim.id}" without containing it or being contained in it, ` +
            'so the two marks cannot nest',
          fix: `shorten one of the two quotes so that they no longer overlap, or so that one lies entirely inside the other`,
        });
      }
    }
  }
  return anchored;
}

/** Mentions: every alias occurrence recorded, the first per paragraph and entity to be linked. */
function findMentions(
  entities: readonly EntityEntry[],
  texts: readonly string[],
  ids: readonly string[],
  anchored: readonly AnchoredClaim[],
): PreparedMention[] {
  const aliases: Alias[] = entities.flatMap((e) => e.data.aliases.map((alias) => ({ alias, slug: e.slug })));
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
  return mentions;
}

/**
 * Marks the trees: linked mentions first (they never straddle a mark), then the claims with
 * their notes. A mention the plugin could not link is recorded as not linked.
 */
function mark(
  blocks: readonly Block[],
  ids: readonly string[],
  mentions: readonly PreparedMention[],
  claims: readonly PreparedClaim[],
  movedClaims: Iterable<readonly [old: string, now: string]>,
): void {
  const tree: Root = { type: 'root', children: blocks.map((block) => block.element) };
  const moved = [...movedClaims];
  const linked = mentions.filter((m) => m.linked);
  const file = new VFile();
  unified()
    .use(markMentions, {
      mentions: linked.map((m) => ({ paragraph: ids.indexOf(m.paragraphId), start: m.start, end: m.end, slug: m.slug })),
    })
    .use(markClaims, {
      claims: claims.map(({ claim, number, position }) => ({
        paragraph: position.paragraph,
        start: position.start,
        end: position.end,
        id: claim.id,
        // The mark is described by its margin item and tied to its whole note, which goes after
        // the paragraph (see the article page).
        properties: { dataLens: lensTokens(claim), ariaDescribedBy: marginItemId(number), ariaDetails: noteId(number) },
        // The margin item goes just before the marked words: in the wide layout it floats into
        // the margin from there, so its top is level with the first line of the words.
        // A retired claim id still lands here: an empty anchor just before the words.
        before: [
          ...moved.filter(([, now]) => now === claim.id).map(([old]) => h('span.alias', { id: claimAnchor(old), ...EDITORIAL })),
          marginItem(claim, number),
        ],
        after: [noteMarker(claim, number)],
      })),
    })
    .runSync(tree, file);
  for (const index of file.data.unlinkedMentions ?? []) linked[index]!.linked = false;
}

/** Each paragraph as HTML: the retired ids that still land here, its words, its permalink control. */
function render(
  blocks: readonly Block[],
  ids: readonly string[],
  texts: readonly string[],
  moved: PermalinkCheck['aliases'],
): PreparedParagraph[] {
  const aliasesOf = new Map<string, string[]>();
  for (const [old, now] of moved) aliasesOf.set(now, [...(aliasesOf.get(now) ?? []), old]);
  return blocks.map((block, i) => {
    const id = ids[i]!;
    const number = i + 1;
    const anchors: ElementContent[] = (aliasesOf.get(id) ?? []).map((old) => h('span.alias', { id: old, ...EDITORIAL }));
    const pilcrow = h('a.pilcrow', { href: `#${id}` }, [
      h('span', { ariaHidden: 'true' }, '¶'),
      h('span.vh', `Link to paragraph ${number}`),
    ]);
    // A no-break space and a word joiner bind the ¶ to the last word: it never wraps onto a line alone.
    const children = [...anchors, ...block.element.children, h('span.mw', { ...EDITORIAL }, ['\u00a0\u2060', pilcrow])];
    return { id, aliases: aliasesOf.get(id) ?? [], number, role: block.role, text: texts[i]!, html: toHtml(children) };
  });
}

export function prepareArticle(entry: ArticleEntry, context: PrepareContext, problems: ProblemList): PreparedArticle {
  const problemCountBefore = problems.size;
  const blocks = collectBlocks(entry);
  const ids = assignIds(blocks, entry.file, problems);
  const texts = blocks.map((b) => textOf(b.element));
  const permalinks = checkArticlePermalinks(entry.slug, ids, context, problems);
  const anchored = anchorClaims(entry, texts, ids, problems);
  const mentions = findMentions(context.entities, texts, ids, anchored);
  const claims: PreparedClaim[] = anchored.map((a, i) => ({
    claim: a.claim,
    number: i + 1,
    paragraphId: ids[a.position.paragraph]!,
    position: a.position,
  }));
  // Only change the trees when everything above holds: a half-marked article helps no one.
  if (problems.size === problemCountBefore) mark(blocks, ids, mentions, claims, context.movedClaims ?? new Map());
  const paragraphs = render(blocks, ids, texts, permalinks.aliases);

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
    unrecorded: permalinks.unrecorded,
  };
}
