/**
 * Headings that would take an id the page's template uses are found however they are written
 * (the check renders only the bodies where one could, so the pre-check must miss none).
 */
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../src/content/errors.ts';
import { checkHeadingIds } from '../../src/edition/heading-ids.ts';

const fieldsOf = (body: string) => {
  const problems = new ProblemList();
  checkHeadingIds({ file: 'entities/x.md', body, parsed: { bodyLine: 1 } }, 'entity', problems);
  return problems.items.map((p) => p.field);
};

describe('headings that would take a reserved id', () => {
  it.each([
    ['## Main', 'heading "main"'],
    ['# *Main*!', 'heading "main"'],
    ['Main\n====', 'heading "main"'],
    ['Sources\n-------', 'heading "sources"'],
    ['> ## Related', 'heading "related"'],
    ['- ### Claims about', 'heading "claims-about"'],
    ['## Claim: tianhe', 'heading "claim-tianhe"'],
    ['## Entity — AVIC', 'heading "entity--avic"'],
  ])('%j is refused', (body, field) => {
    expect(fieldsOf(`Some text.\n\n${body}\n\nMore text.`)).toEqual([field]);
  });

  it.each(['## Key dates', '## Mainland China', 'Sources said so.', '- Sources: many'])('%j is fine', (body) => {
    expect(fieldsOf(`Some text.\n\n${body}\n`)).toEqual([]);
  });
});
