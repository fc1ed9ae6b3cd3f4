/**
 * The content model: the single truth of what an article, a claim, a source and a glossary
 * entity are. Every field is documented where it is declared; `src/content/load.ts` reads
 * `content/` against these schemas and adds the checks a schema cannot express (quotes that
 * must be found in the text, references between entries, permalinks that must not vanish).
 *
 * Files:
 * - `content/articles/<slug>.md`: front-matter {@link articleSchema}, body = the op-ed's text.
 * - `content/entities/<slug>.md`: front-matter {@link entitySchema}, body = the longer entry.
 * - `content/pages/<slug>.md`: front-matter {@link pageSchema}, body = the page (e.g. About).
 * - `content/permalinks.json`: {@link permalinkManifestSchema}, the published paragraph ids.
 *
 * Dates are strings, never YAML timestamps: `2014`, `2014-10` or `2014-10-05` (ISO 8601,
 * as precise as the record allows).
 */
import { z } from 'zod';
import { isPartialDate } from '../lib/dates.ts';
import { VERDICT_LABELS } from './vocabulary.ts';

/** A lowercase, hyphen-separated identifier: `tianhe-2-fastest`, `casic`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slug = z.string().regex(SLUG, 'a lowercase slug of letters, digits and single hyphens, e.g. "tianhe-2-fastest"');

/** A date as precise as the record allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a real one. */
const partialDate = z.preprocess(
  // An unquoted year (`date: 2015`) is a YAML number; it means the same as "2015".
  (value) => (typeof value === 'number' ? String(value) : value),
  z.string().refine(isPartialDate, 'a real date written YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2015-08-05"'),
);

/** A full calendar date, `YYYY-MM-DD`. */
const fullDate = z
  .string()
  .refine((value) => isPartialDate(value) && value.length === 10, 'a full date written YYYY-MM-DD, e.g. "2014-10-05"');

/**
 * An absolute http(s) URL with a host name, written as it would be pasted from a browser's
 * address bar. Refused: other schemes (javascript:, mailto:, ftp:), relative addresses,
 * credentials (`user:pass@`, which browsers strip or warn about), and spaces or control
 * characters anywhere (a browser would silently turn them into another address).
 */
export const httpUrl = z.string().refine((value) => {
  if (/[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'https:' || url.protocol === 'http:') &&
      value.toLowerCase().startsWith(`${url.protocol}//`) &&
      url.hostname.includes('.') &&
      !url.hostname.startsWith('.') &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}, 'an absolute http(s) URL with a host and no spaces or user:password, e.g. "https://www.top500.org/lists/2016/06/"');

/** Prose that must say something: trimmed, not empty. */
const text = z.string().trim().min(1, 'some text (this field cannot be empty)');

/**
 * A source a note rests on. Only sources actually found may be cited: never an invented URL,
 * date or figure. The fields describe the original publication; a mirror, aggregator or repost
 * that was read instead goes into `copy`, never into `publisher`.
 */
export const sourceSchema = z
  .strictObject({
    /** The page's own title, as it appears there. */
    title: text,
    /** Who published it: the outlet, agency or organisation ("TOP500", "TASS", "Council of the EU"). */
    publisher: text,
    /** When it was published. Omit only when the page carries no date; citations then say "n.d.". */
    date: partialDate.optional(),
    /**
     * Where to read the original. Omit it only when the original's address is not known and a
     * `copy` gives one (read links through {@link sourceHref}, never this field directly).
     */
    url: httpUrl.optional(),
    /**
     * The language of the title when it is not English, as a BCP 47 tag ("ru", "zh", "fr"), so
     * screen readers pronounce it in that language.
     */
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "ru" or "zh-Hans"')
      .optional(),
    /**
     * The copy actually read, when it is not the original (an aggregator, mirror or repost). The
     * fields above then describe the original publication (its publisher, title, date and, when
     * known, its address); this says whose copy was read and where. A mirror is never the publisher.
     */
    copy: z
      .strictObject({
        /** Who published the copy ("Yahoo News", "Internet Archive"). */
        publisher: text,
        /** Where the copy is. */
        url: httpUrl,
      })
      .optional(),
  })
  .superRefine((source, context) => {
    if (source.url === undefined && source.copy === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['url'],
        message: 'an address: the original\'s "url", or the "copy" that was read',
        params: {
          fix: 'add "url:" with the original\'s address, or, when only a copy was read, "copy: {publisher: <who published the copy>, url: <its address>}"',
        },
      });
    }
  });
export type Source = z.infer<typeof sourceSchema>;

/**
 * Where a source's link goes: the original when its address is known, else the copy that was
 * read. Every consumer (citations, annotations, endnotes) links through this, so that a source
 * with only a copy never yields an empty link.
 */
export function sourceHref(source: Pick<Source, 'url' | 'copy'>): string {
  const href = source.url ?? source.copy?.url;
  if (href === undefined) throw new Error('a source with neither url nor copy.url (the schema refuses it)');
  return href;
}

/** Whether the link of {@link sourceHref} leads to a copy rather than to the original. */
export function linksToCopy(source: Pick<Source, 'url' | 'copy'>): boolean {
  return source.url === undefined;
}

/** What kind of statement a claim is. */
export const CLAIM_TYPES = ['fact', 'opinion', 'prediction', 'recommendation'] as const;
const claimType = z.enum(CLAIM_TYPES);
export type ClaimType = z.infer<typeof claimType>;

/**
 * How a claim stands today. Labels and definitions for readers live in
 * `src/content/vocabulary.ts`; the order here is the order of the charts.
 */
export const VERDICTS = [
  'accurate',
  'accurate-at-the-time',
  'came-true',
  'partly',
  'did-not-happen',
  'inaccurate',
  'contested',
  'unresolved',
  'unverified',
] as const;
export const verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdict>;

/** The strand of the story a claim or event belongs to, for the timeline and its legend. */
export const THEMES = ['sanctions', 'trade', 'industry', 'computing', 'arms', 'drones', 'ships', 'space-electronics', 'media'] as const;
export const theme = z.enum(THEMES);
export type Theme = z.infer<typeof theme>;

/** Something that happened after the article, bearing on a claim. */
const followUpSchema = z.strictObject({
  /** When it happened, as precisely as known. */
  date: partialDate,
  /** What happened, one or two sentences of inline Markdown, in our own words. */
  text,
  /** The strand it belongs to when it differs from its claim's theme. */
  theme: theme.optional(),
  /** Where this event is reported, when not already among the claim's sources. */
  sources: z.array(sourceSchema).optional(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/**
 * One checkable statement of the article, anchored to its exact words in the spirit of the
 * W3C Web Annotation TextQuoteSelector.
 */
export const claimSchema = z
  .strictObject({
    /**
     * Stable id, unique across the edition. It becomes the anchor `#claim-<id>` and the hook
     * `data-claim="<id>"`; once published, never rename it.
     */
    id: slug,
    /**
     * The exact words of the article the claim anchors to: a clause or a sentence, copied from
     * the text (straight apostrophes, `$` as written). It must occur in the article.
     */
    quote: text,
    /** Text immediately before the quote, only needed when the quote occurs more than once. */
    prefix: z.string().min(1).optional(),
    /** Text immediately after the quote, only needed when the quote occurs more than once. */
    suffix: z.string().min(1).optional(),
    /** fact, opinion, prediction or recommendation. */
    type: claimType,
    /** How it stands today (see `src/content/vocabulary.ts` for what each verdict means). */
    verdict,
    /** The strand of the story it belongs to. */
    theme,
    /**
     * What a reader takes away, in one line of our own words (at most 60 characters), not
     * repeating the verdict label shown beside it: "France cancelled and repaid; no joint ship
     * followed."
     */
    conclusion: z
      .string()
      .trim()
      .min(1, 'one line of our own words, e.g. "France cancelled and repaid; no joint ship followed."')
      .max(60, 'at most 60 characters (two lines of the margin beside the labels), shortened in our own words'),
    /** When the claim was last checked against the record, YYYY-MM-DD. */
    reviewed: fullDate,
    /**
     * How the verdict would have read over time, oldest first; the last entry is the current
     * verdict. The first entry is dated when the article appeared (2014-10-05) unless the claim
     * could only be judged later.
     */
    history: z
      .array(
        z.strictObject({
          /** When the verdict became this (the event that settled or changed it). */
          date: partialDate,
          verdict,
          /** One line on why it reads so from this date. */
          why: text,
        }),
      )
      .min(1, 'at least one entry: the verdict as it read when the article appeared, dated "2014-10-05"'),
    /** Corrections the edition made to this claim: what was wrong and when it was put right. */
    corrections: z
      .array(
        z.strictObject({
          /** When the correction was made, YYYY-MM-DD. */
          date: fullDate,
          /** What was wrong and what it says now. */
          text,
        }),
      )
      .optional(),
    /**
     * The margin note, in Markdown: 2 to 5 sentences that say what is true, what changed and why
     * it matters. Longer context goes into follow-ups.
     */
    note: text,
    /** Dated events after the article that bear on the claim, oldest first. */
    followUps: z.array(followUpSchema).default([]),
    /** What the note rests on: at least one source. */
    sources: z.array(sourceSchema).min(1, 'at least one source'),
    /** Glossary entities the claim concerns, by slug (`content/entities/<slug>.md`). */
    entities: z.array(slug).default([]),
  })
  .superRefine((claim, ctx) => {
    // The history's last entry is the verdict today: the two say the same, or one is stale.
    const last = claim.history.at(-1);
    if (last && last.verdict !== claim.verdict) {
      ctx.addIssue({
        code: 'custom',
        path: ['history', claim.history.length - 1, 'verdict'],
        message: `"${claim.verdict}", the claim's verdict today (add a dated entry for the change, or correct "verdict")`,
      });
    }
    // The conclusion sits beside the verdict's label: it says what the label cannot.
    const label = VERDICT_LABELS[claim.verdict].label;
    if (new RegExp(`\\b${label}\\b`, 'i').test(claim.conclusion)) {
      ctx.addIssue({
        code: 'custom',
        path: ['conclusion'],
        message: `words of our own, not the verdict label "${label}" shown beside it`,
      });
    }
  });
export type Claim = z.infer<typeof claimSchema>;

/** An article of the edition: its metadata and its claims. Its Markdown body is the text. */
export const articleSchema = z.strictObject({
  /** The headline, exactly as published. */
  title: text,
  /** One or two sentences for search engines and link previews (ours, not the author's). */
  description: text,
  /** Who wrote it. */
  author: z.strictObject({
    /** As in the byline. */
    name: text,
    /** The author's glossary entry, by slug. */
    entity: slug.optional(),
    /** The publication's note on the author, verbatim ("Vasily Kashin is an analyst with …"). */
    bio: text,
  }),
  /** Where it was published. */
  publication: z.strictObject({
    /** "The Moscow Times". */
    name: text,
    /** The publication's home page. */
    url: httpUrl,
    /** Its glossary entry, by slug. */
    entity: slug.optional(),
  }),
  /** Publication date, YYYY-MM-DD, as the byline gives it. */
  datePublished: fullDate,
  /** Where the piece first appeared, when the publication says it is a reprint. */
  firstAppeared: z
    .strictObject({
      /** "Vedomosti". */
      publication: text,
      /** The publication's own note, verbatim ("This comment appeared in Vedomosti."). */
      note: text,
      /** Its glossary entry, by slug. */
      entity: slug.optional(),
    })
    .optional(),
  /** The URL of the original, as received. */
  originalUrl: httpUrl,
  /** The publication's disclaimer, verbatim. */
  disclaimer: text,
  /** Every checkable statement of the article (see {@link claimSchema}). */
  claims: z.array(claimSchema).default([]),
});
export type ArticleData = z.infer<typeof articleSchema>;

/** What kind of thing a glossary entity is; the glossary groups by it, in this order. */
export const ENTITY_KINDS = [
  'person',
  'company',
  'state-corporation',
  'government-agency',
  'think-tank',
  'publication',
  'weapon-system',
  'ship-class',
  'computer',
  'infrastructure',
  'policy',
  'country',
  'bloc',
  'event',
] as const;
const entityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof entityKind>;

/**
 * A named thing of the glossary. Its slug is its file name, `content/entities/<slug>.md`, and
 * its page `/entities/<slug>/`; its Markdown body is the longer entry (key dates, context).
 */
export const entitySchema = z.strictObject({
  /** Full name, e.g. "Aviation Industry Corporation of China". */
  name: text,
  /** Short form for lists and popovers, e.g. "AVIC". Defaults to the name. */
  shortName: text.optional(),
  /**
   * The forms under which the article names it, exactly as written and case as written:
   * "Aviation Industry Corporation of China", "AVIC". Each must occur in the text. Empty for
   * an entity that the article does not name but that readers need for context (it is then
   * listed as context).
   */
  aliases: z.array(text).default([]),
  /** What it is. */
  kind: entityKind,
  /** One to three plain sentences; the first is the glossary's line for it and the popover at each mention. */
  summary: text,
  /** Other entries a reader should look at, by slug. */
  related: z.array(slug).default([]),
  /** What the entry rests on: at least one source. */
  sources: z.array(sourceSchema).min(1, 'at least one source'),
  /** Corrections the edition made to this entry: what was wrong and when it was put right. */
  corrections: z.array(z.strictObject({ date: fullDate, text })).optional(),
});
export type EntityData = z.infer<typeof entitySchema>;

/** A page of the edition's own prose (`content/pages/<slug>.md`), such as "About". */
export const pageSchema = z.strictObject({
  /** The page's heading and title. */
  title: text,
  /** One or two sentences for search engines and link previews. */
  description: text,
});
export type PageData = z.infer<typeof pageSchema>;

/** Ids published at addresses of their own, and where a retired id now points. */
const publishedIds = z.strictObject({
  published: z.array(slug),
  moved: z.record(slug, slug).default({}),
});

/**
 * `content/permalinks.json`: every paragraph id ever published, and where an id that was
 * retired now points. The build fails when a published id would vanish without a successor.
 */
export const permalinkManifestSchema = z.strictObject({
  /** Ids of paragraphs as published, per article slug. */
  published: z.record(slug, z.array(slug)),
  /** Retired id → the id that replaces it, per article slug. The old id keeps resolving. */
  moved: z.record(slug, z.record(slug, slug)).default({}),
  /**
   * Claim ids as published (each is an address, `/claims/<id>/`, and an anchor, `#claim-<id>`),
   * and retired id → the id that replaces it.
   */
  claims: publishedIds.default({ published: [], moved: {} }),
  /** Entity slugs as published (`/entities/<slug>/`), and retired slug → its replacement. */
  entities: publishedIds.default({ published: [], moved: {} }),
});
export type PermalinkManifest = z.infer<typeof permalinkManifestSchema>;
