/**
 * Draws a link-preview card, 1200×630 PNG, at build time: the layout as satori elements, SVG to
 * PNG with resvg. The face is Source Serif 4 (SIL OFL, src/assets/fonts/), bundled so cards look
 * the same on every machine. Cards are cached by a hash of what they show (content, layout,
 * fonts, library versions) in node_modules/.cache/cards, so an unchanged rebuild draws nothing.
 * (In src/pages with a leading underscore: Astro routes no page from it.)
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import type { CardContent, Tone } from '../../views/card.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const FONT_DIR = resolve('src/assets/fonts');
const CACHE_DIR = resolve('node_modules/.cache/cards');
/** Bump when the layout below changes, so cached cards are drawn again. */
const LAYOUT_VERSION = 8;

const TONES: Record<Tone, string> = { good: '#1c6431', bad: '#a12a1e', mixed: '#7d5200', open: '#454a86' };
const INK = '#1d1c1a';
const MUTED = '#5b5852';
const PAPER = '#fbfaf6';
const MARK = '#f0d98a';

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' | 'italic' }> | undefined;
function loadFonts() {
  fonts ??= [
    { name: 'Source Serif 4', data: readFileSync(join(FONT_DIR, 'source-serif-4-latin-400-normal.woff')), weight: 400, style: 'normal' },
    { name: 'Source Serif 4', data: readFileSync(join(FONT_DIR, 'source-serif-4-latin-700-normal.woff')), weight: 700, style: 'normal' },
    { name: 'Source Serif 4', data: readFileSync(join(FONT_DIR, 'source-serif-4-latin-400-italic.woff')), weight: 400, style: 'italic' },
  ];
  return fonts;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Array<Node | string> | Node | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/** Big text stays big: the size steps down only as far as the words need to fit. */
function headlineSize(text: string): number {
  const n = text.length;
  if (n <= 70) return 64;
  if (n <= 110) return 56;
  if (n <= 160) return 48;
  return 42;
}

function layout(card: CardContent): Node {
  const tone = card.badge ? TONES[card.badge.tone] : INK;
  const headline = card.quoted ? `“${card.headline}”` : card.headline;
  return el(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', background: PAPER, color: INK, fontFamily: 'Source Serif 4' },
    [
      el('div', { width: 24, flexShrink: 0, height: CARD_HEIGHT, background: card.badge ? tone : MARK }),
      el('div', { display: 'flex', flexDirection: 'column', position: 'relative', flexGrow: 1, padding: '44px 60px 104px 56px' }, [
        el('div', { display: 'flex', alignItems: 'center', justifyContent: 'space-between', fontSize: 30, color: MUTED }, [
          el('div', { display: 'flex' }, card.kicker),
          ...(card.badge
            ? [
                el(
                  'div',
                  {
                    display: 'flex',
                    padding: '4px 22px 8px',
                    borderRadius: 12,
                    background: tone,
                    color: '#ffffff',
                    fontSize: 42,
                    fontWeight: 700,
                  },
                  card.badge.label,
                ),
              ]
            : []),
        ]),
        el(
          'div',
          {
            display: 'flex',
            flexGrow: 1,
            flexShrink: 1,
            flexBasis: 0,
            minHeight: 0,
            alignItems: 'center',
            fontSize: headlineSize(headline),
            lineHeight: 1.2,
            fontWeight: card.quoted ? 400 : 700,
            marginTop: 8,
            marginBottom: 8,
          },
          headline,
        ),
        ...(card.line
          ? [
              el(
                'div',
                {
                  display: 'flex',
                  fontSize: card.quoted ? 42 : 30,
                  fontWeight: card.quoted ? 700 : 400,
                  color: card.quoted ? tone : MUTED,
                  lineHeight: 1.2,
                  marginBottom: 22,
                },
                card.line,
              ),
            ]
          : []),
        el(
          'div',
          {
            display: 'flex',
            position: 'absolute',
            left: 56,
            right: 60,
            bottom: 34,
            justifyContent: 'space-between',
            alignItems: 'center',
            borderTop: `3px solid ${MARK}`,
            paddingTop: 14,
            fontSize: 28,
            color: MUTED,
          },
          [
            el('div', { display: 'flex', fontWeight: 700, color: INK }, card.footer),
            el('div', { display: 'flex', fontStyle: 'italic' }, 'Checked against what happened next'),
          ],
        ),
      ]),
    ],
  );
}

function versions(): string {
  const v = (pkg: string) => JSON.parse(readFileSync(resolve('node_modules', pkg, 'package.json'), 'utf8')).version as string;
  return `${v('satori')} ${v('@resvg/resvg-js')} ${LAYOUT_VERSION}`;
}

let versionKey: string | undefined;
let fontKey: string | undefined;

/** The PNG for a card, from the cache when nothing it shows has changed. */
export async function renderCard(card: CardContent): Promise<Buffer> {
  versionKey ??= versions();
  fontKey ??= createHash('sha256')
    .update(Buffer.concat(loadFonts().map((f) => f.data)))
    .digest('hex');
  const key = createHash('sha256')
    .update(JSON.stringify([card, versionKey, fontKey]))
    .digest('hex')
    .slice(0, 32);
  const cached = join(CACHE_DIR, `${key}.png`);
  if (existsSync(cached)) return readFileSync(cached);
  const svg = await satori(layout(card) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts() });
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
  mkdirSync(CACHE_DIR, { recursive: true });
  writeFileSync(cached, png);
  return png;
}

export function pngResponse(png: Buffer): Response {
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
