import type { PathView } from '@avaa/board-model';
import type { CSSProperties } from 'react';
import { useT } from '../../i18n/index.ts';
import { isPathShown, usePathUi } from '../pathUi.ts';
import { PATH_INK, pathDash, pathLetter } from './pathLook.ts';

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
          style={{ color: PATH_INK[path.colour], '--path-ink': PATH_INK[path.colour] } as CSSProperties}
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
            {pathLetter(index)}
          </span>
          <span className="path-legend__name">
            <span className="visually-hidden">
              {t('pathDrawing.legendItem', { letter: pathLetter(index), name: '' })}
            </span>
            {path.name}
          </span>
        </li>
      ))}
    </ul>
  );
}
