import type { PathColour } from '@avaa/board-model';

/**
 * How a path is told apart over the table, never by colour alone: a letter (A, B, …, by the
 * paths' order on the board), a dash pattern and a colour. The colours are strong, at least
 * 4.5:1 on white, so a thin line still reads from the back of the room.
 */
export const PATH_INK: Readonly<Record<PathColour, string>> = {
  blue: '#1a56c4',
  red: '#c0262d',
  green: '#17773a',
  purple: '#7a2fb0',
  orange: '#b34d00',
  black: '#222222',
};

const DASHES = ['', '12 6', '3 5', '14 4 3 4', '8 8', '2 3'] as const;

/** "A", "B", … "Z", "AA", "AB": the path's label by its place among the board's paths. */
export function pathLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : `${pathLetter(Math.floor(index / 26) - 1)}${letter}`;
}

/** The line's dash pattern (SVG stroke-dasharray) for the path at `index`; solid for the first. */
export function pathDash(index: number): string {
  return DASHES[index % DASHES.length] ?? '';
}
