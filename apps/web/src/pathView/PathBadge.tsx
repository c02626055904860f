import type { PathColour } from '@avaa/board-model';
import { pathStyle } from './pathLook.ts';

/**
 * A path's number on its colour and pattern, as on the board's drawing; decorative, since the
 * path's name beside it says which path it is.
 */
export function PathBadge({ number, colour }: { number: number; colour: PathColour }) {
  return (
    <span className={`path-badge path-badge--${colour}`} style={pathStyle(colour)} aria-hidden="true">
      <span className="path-badge__number">{number}</span>
    </span>
  );
}
