import { type CellId, cellId, DIMENSIONS, isCellId, PHASES } from '@avaa/board-model';
import { useId } from 'react';
import { useNarrow } from '../gaps/useNarrow.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { cellName } from './names.ts';
import { showCell } from './showCell.ts';

/**
 * On a phone the fifteen cells stack into one long column: a list that stays at the top of the
 * screen jumps to any cell (grouped by dimension, in the order the cells stand).
 */
export function JumpBar() {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const narrow = useNarrow();
  if (!narrow) return null;
  return (
    <div className="jump-bar">
      <label htmlFor={id} className="visually-hidden">
        {t('jump.label')}
      </label>
      <select
        id={id}
        value=""
        onChange={(event) => {
          const cell: unknown = event.target.value;
          if (isCellId(cell)) showCell(cell as CellId);
        }}
      >
        <option value="" disabled>
          {t('jump.choose')}
        </option>
        {DIMENSIONS.map((dimension) => (
          <optgroup key={dimension.id} label={dimension.name[language]}>
            {PHASES.map((phase) => {
              const cell = cellId(phase.id, dimension.id);
              return (
                <option key={cell} value={cell}>
                  {cellName(cell, language)}
                </option>
              );
            })}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
