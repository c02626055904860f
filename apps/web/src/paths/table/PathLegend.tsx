import { PATH_INK, type PathView, pathLabel } from '@avaa/board-model';
import { useT } from '../../i18n/index.ts';
import { pathDash, pathInkStyle } from '../pathLook.ts';
import { isPathShown, usePathUi } from '../pathUi.ts';

/** Which line is which: per shown path its letter, a piece of its line (colour and dash) and its name. */
export function PathLegend({ paths }: { paths: readonly PathView[] }) {
  const t = useT();
  const hidden = usePathUi((state) => state.hidden);
  const only = usePathUi((state) => state.only);
  const shown = paths
    .map((path, index) => ({ path, index }))
    .filter(({ path }) => isPathShown({ hidden, only }, path.id));
  if (shown.length === 0) return null;
  return (
    <ul className="path-legend" aria-label={t('pathDrawing.legend')}>
      {shown.map(({ path, index }) => (
        <li
          key={path.id}
          className="path-legend__item"
          style={{ color: PATH_INK[path.colour], ...pathInkStyle(path.colour) }}
        >
          <svg width="36" height="12" aria-hidden="true" focusable="false">
            <line
              x1="2"
              y1="6"
              x2="34"
              y2="6"
              stroke="currentColor"
              strokeWidth="4"
              strokeDasharray={pathDash(index)}
            />
          </svg>
          <span className="path-legend__letter" aria-hidden="true">
            {pathLabel(index)}
          </span>
          <span className="path-legend__name">
            <span className="visually-hidden">
              {t('pathDrawing.legendItem', { letter: pathLabel(index), name: '' })}
            </span>
            {path.name}
          </span>
        </li>
      ))}
    </ul>
  );
}
