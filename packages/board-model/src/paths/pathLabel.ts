import type { PathColour } from './pathSchema.ts';

/**
 * "A", "B", … "Z", "AA", "AB": a path's label by its place among the board's paths in
 * `readPaths` order (oldest first). Letters, since the phases and a path's steps are numbered.
 * The one label of a path on the table, the panel, the path view, the projector and in print.
 */
export function pathLabel(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${pathLabel(Math.floor(index / 26) - 1)}${letter}`;
}

/**
 * A path's ink as `#rrggbb`, the one list the web and print both read: strong colours, at
 * least 4.5:1 on white, so a thin line reads from the back of the room and white letters on
 * them read too. Colour is never the only cue: the label and a dash pattern are others.
 */
export const PATH_INK: Readonly<Record<PathColour, string>> = {
  blue: '#1a56c4',
  red: '#c0262d',
  green: '#17773a',
  purple: '#7a2fb0',
  orange: '#b34d00',
  black: '#222222',
};
