/** The reading page's pieces of a claim: conclusion fallback, lens tokens, marker and note. */
import { describe, expect, it } from 'vitest';
import { toHtml } from 'hast-util-to-html';
import { CONCLUSION_MAX, conclusionOf, marginItem, markerLabel, noteMarker, wholeNote } from '../../src/edition/reading-notes.ts';
import { VERDICT_GROUPS, lensTokens } from '../../src/edition/reading-lens.ts';
import { VERDICTS, type Claim } from '../../src/content/schema.ts';

const claim = {
  id: 'mistral-cancelled',
  quote: 'France will deliver',
  type: 'prediction',
  verdict: 'did-not-happen',
  theme: 'ships',
  note: 'France *cancelled* the sale in August 2015 and repaid Russia in full, about [EUR 950 million](https://example.org/a), so no ship arrived.',
  entities: [],
  followUps: [],
  sources: [],
} as unknown as Claim;

describe('conclusionOf', () => {
  it('is the claim’s own conclusion when it has one', () => {
    expect(conclusionOf({ ...claim, conclusion: 'France cancelled and repaid.' })).toBe('France cancelled and repaid.');
  });

  it('falls back to the note’s first sentence, as plain text, cut at a word with an ellipsis', () => {
    const text = conclusionOf(claim);
    expect(text.length).toBeLessThanOrEqual(CONCLUSION_MAX);
    expect(text).toMatch(/^France cancelled the sale in August 2015 and repaid[\w ]*…$/);
    expect(text).not.toMatch(/[*[\]]/);
  });

  it('keeps a short first sentence whole', () => {
    expect(conclusionOf({ ...claim, note: 'Correct. More follows here.' })).toBe('Correct.');
  });
});

describe('lens tokens', () => {
  it('give every verdict a group, and a claim its type and group', () => {
    for (const verdict of VERDICTS) expect(VERDICT_GROUPS[verdict]).toMatch(/^(held|partly|failed|open)$/);
    expect(lensTokens(claim)).toBe('prediction failed');
    expect(lensTokens({ type: 'fact', verdict: 'contested' })).toBe('fact open');
  });
});

describe('the pieces around the marked words', () => {
  it('the marker says what it opens and binds itself to the word before it', () => {
    const html = toHtml(noteMarker(claim, 7));
    expect(markerLabel(claim, 7)).toBe('Whole note 7, Did not happen');
    expect(html).toContain('aria-label="Whole note 7, Did not happen"');
    expect(html).toContain('popovertarget="n7"');
    expect(html).toMatch(/^<span class="mw" data-pagefind-ignore="all">\u2060<button/);
  });

  it('the margin item is hidden from assistive technology and holds nothing focusable', () => {
    const html = toHtml(marginItem(claim, 7));
    expect(html).toMatch(/^<span class="mi" id="m7" aria-hidden="true" data-claim-margin="mistral-cancelled"/);
    expect(html).not.toMatch(/<(a|button|input)\b/);
  });

  it('the whole note ends with a link to the claim’s page (print adds its address), and says when it was reviewed', () => {
    const reviewed = { ...claim, reviewed: '2026-12-01', conclusion: 'No ship arrived.' } as Claim;
    const html = toHtml(wholeNote(reviewed, 7, { pageHref: '/claims/mistral-cancelled/' }));
    expect(html).toContain('data-claim-note="mistral-cancelled"');
    expect(html).toContain('<a href="/claims/mistral-cancelled/">Follow-ups and sources</a></p>');
    expect(html).toContain('Reviewed <time datetime="2026-12-01">1 December 2026</time>');
    expect(html).toContain('<p class="note-c">No ship arrived.</p>');
    expect(html).toContain('rel="external noopener noreferrer"');
    expect(toHtml(wholeNote(claim, 7, { pageHref: '/claims/x/' }))).not.toContain('Reviewed');
  });
});
