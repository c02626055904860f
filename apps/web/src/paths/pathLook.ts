import { PATH_INK, type PathColour } from '@avaa/board-model';
import type { CSSProperties } from 'react';

/**
 * How a path is told apart wherever the web shows it, never by colour alone: its label
 * (`pathLabel`, A, B, …), its ink (`PATH_INK`, the one list print reads too) and a pattern by
 * its place among the board's paths: the table's dash and the badges' fill
 * (`path-badge--pattern-N`, pathBadge.css), the first solid.
 */
const DASHES = ['', '12 6', '3 5', '14 4 3 4', '8 8', '2 3'] as const;

/** Which of the six patterns the path at `index` has: 0 (solid) to 5. */
export function pathPattern(index: number): number {
  return index % DASHES.length;
}

/** The line's dash pattern (SVG stroke-dasharray) for the path at `index`; solid for the first. */
export function pathDash(index: number): string {
  return DASHES[pathPattern(index)] ?? '';
}

/** The path's ink in the CSS variable `--path-ink`, which every path style reads. */
export function pathInkStyle(colour: PathColour): CSSProperties {
  return { '--path-ink': PATH_INK[colour] } as CSSProperties;
}
