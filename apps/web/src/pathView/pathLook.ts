import type { PathColour } from '@avaa/board-model';
import type { CSSProperties } from 'react';

/**
 * A path's colour as drawn, each dark enough against white (3:1 or more for a graphic), and a
 * pattern of its own on the badge so colour is never the only cue (the number is another).
 */
export const PATH_COLOUR_VALUES: Readonly<Record<PathColour, string>> = {
  blue: '#1f5fbf',
  red: '#b8322a',
  green: '#1e7b3a',
  purple: '#6b3fa0',
  orange: '#a85400',
  black: '#222222',
};

/** The badge's style: its colour in `--path`, the pattern by class (pathView.css). */
export function pathStyle(colour: PathColour): CSSProperties {
  return { '--path': PATH_COLOUR_VALUES[colour] } as CSSProperties;
}
