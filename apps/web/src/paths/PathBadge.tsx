import { type PathColour, pathLabel } from '@avaa/board-model';
import { pathInkStyle, pathPattern } from './pathLook.ts';
import './pathBadge.css';

/**
 * A path's letter on its ink and pattern, as on the table's drawing (the panel, the path view
 * and the projector alike); decorative, since the text beside it names the path.
 */
export function PathBadge({ index, colour }: { index: number; colour: PathColour }) {
  return (
    <span
      className={`path-badge path-badge--pattern-${pathPattern(index)}`}
      style={pathInkStyle(colour)}
      aria-hidden="true"
    >
      <span className="path-badge__label">{pathLabel(index)}</span>
    </span>
  );
}
