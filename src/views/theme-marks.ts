/**
 * A distinct shape for each theme of the timeline, so that the strands can be told apart
 * without colour (in greyscale print, or by readers who do not see the colours): the legend
 * and every event show the same shape beside the theme's name. Paths are drawn on a 16×16
 * grid and filled with the current colour, which the theme's CSS class sets.
 */
import type { Theme } from '../content/schema.ts';

export type MarkKind = Theme | 'published';

export const MARK_PATHS: Record<MarkKind, string> = {
  sanctions: 'M2 2h12v12H2z', // square
  trade: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13z', // disc
  industry: 'M8 .5 15.5 8 8 15.5 .5 8z', // diamond
  computing: 'M8 1.5 15 14.5H1z', // triangle, point up
  arms: 'M1 1.5h14L8 14.5z', // triangle, point down
  drones: 'M6 1h4v5h5v4h-5v5H6v-5H1V6h5z', // plus
  ships: 'M4.5 1.5h7L15 8l-3.5 6.5h-7L1 8z', // hexagon
  'space-electronics': 'M8 .2 9.94 5.33 15.42 5.59 11.14 9.02 12.58 14.31 8 11.3 3.42 14.31 4.86 9.02 .58 5.59 6.06 5.33z', // star
  media: 'M8 .6 15.04 5.71 12.35 13.99 3.65 13.99 .96 5.71z', // pentagon
  // A ring (drawn with an even-odd hole): the article itself, the point the story starts from.
  published: 'M8 .5a7.5 7.5 0 1 0 0 15a7.5 7.5 0 1 0 0-15zM8 4.5a3.5 3.5 0 1 1 0 7a3.5 3.5 0 1 1 0-7z',
};
