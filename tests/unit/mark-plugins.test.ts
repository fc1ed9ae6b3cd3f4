/**
 * The rehype plugins that mark an article's trees (src/edition/mark-mentions.ts and
 * mark-claims.ts), in the style of the remark and rehype plugins' own tests: each case is a
 * folder tests/fixtures/<plugin>/<case>/ with `input.html`, `options.json`, the expected
 * `output.html` and, where the plugin reports something, the expected `data.json` (file.data).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import markClaims from '../../src/edition/mark-claims.ts';
import markMentions from '../../src/edition/mark-mentions.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const plugins: Record<string, Plugin<[never], Root>> = {
  'mark-mentions': markMentions as Plugin<[never], Root>,
  'mark-claims': markClaims as Plugin<[never], Root>,
};

const read = (dir: string, name: string) => readFileSync(join(dir, name), 'utf8');

for (const [name, plugin] of Object.entries(plugins)) {
  describe(name, () => {
    const cases = readdirSync(join(FIXTURES, name));
    it('has fixture cases', () => {
      expect(cases.length).toBeGreaterThanOrEqual(3);
    });
    for (const folder of cases) {
      it(folder.replaceAll('-', ' '), () => {
        const dir = join(FIXTURES, name, folder);
        const options = existsSync(join(dir, 'options.json')) ? JSON.parse(read(dir, 'options.json')) : {};
        const tree = fromHtml(read(dir, 'input.html'), { fragment: true });
        const file = new VFile();
        unified()
          .use(plugin, options as never)
          .runSync(tree, file);
        expect(toHtml(tree)).toBe(read(dir, 'output.html'));
        if (existsSync(join(dir, 'data.json'))) expect(file.data).toEqual(JSON.parse(read(dir, 'data.json')));
      });
    }
  });
}

describe('mark-claims refuses what it cannot mark', () => {
  const run = (claims: unknown) => () =>
    unified()
      .use(markClaims, { claims } as never)
      .runSync(fromHtml('<p>Some words.</p>', { fragment: true }));
  it('a claim in a paragraph the tree does not have', () => {
    expect(run([{ paragraph: 3, start: 0, end: 4, id: 'x' }])).toThrow(/claim "x" is in paragraph 3/);
  });
  it('a claim that covers no text', () => {
    expect(run([{ paragraph: 0, start: 40, end: 44, id: 'y' }])).toThrow(/claim "y" covers no text/);
  });
});
