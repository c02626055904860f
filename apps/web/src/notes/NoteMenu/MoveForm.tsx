import {
  type CellId,
  cellId,
  DIMENSION_IDS,
  type DimensionId,
  PHASE_IDS,
  type PhaseId,
  parseCellId,
} from '@avaa/board-model';
import { useId, useState } from 'react';
import { focusWhenShown } from '../../app/focusWhenShown.ts';
import { dimensionName, phaseName } from '../../board/names.ts';
import { useLanguage, useT } from '../../i18n/index.ts';

/** "Move to…": the way to move a note without dragging (any input, any screen size). */
export function MoveForm({
  from,
  onMove,
  onCancel,
}: {
  from: CellId;
  onMove: (cell: CellId, position: 'start' | 'end') => void;
  onCancel: () => void;
}) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const [phase, setPhase] = useState<PhaseId>(parseCellId(from).phase);
  const [dimension, setDimension] = useState<DimensionId>(parseCellId(from).dimension);
  const [position, setPosition] = useState<'start' | 'end'>('end');
  return (
    <form
      className="move-form"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        onMove(cellId(phase, dimension), position);
      }}
    >
      <p id={`${id}-heading`} className="menu__heading">
        {t('move.heading')}
      </p>
      <label htmlFor={`${id}-phase`}>{t('move.phase')}</label>
      <select
        id={`${id}-phase`}
        value={phase}
        ref={focusWhenShown}
        onChange={(event) => setPhase(event.target.value as PhaseId)}
      >
        {PHASE_IDS.map((option) => (
          <option key={option} value={option}>
            {phaseName(option, language)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-dimension`}>{t('move.dimension')}</label>
      <select
        id={`${id}-dimension`}
        value={dimension}
        onChange={(event) => setDimension(event.target.value as DimensionId)}
      >
        {DIMENSION_IDS.map((option) => (
          <option key={option} value={option}>
            {dimensionName(option, language)}
          </option>
        ))}
      </select>
      <fieldset>
        <legend>{t('move.position')}</legend>
        {(['start', 'end'] as const).map((option) => (
          <label key={option} className="choice">
            <input
              type="radio"
              name={`${id}-position`}
              value={option}
              checked={position === option}
              onChange={() => setPosition(option)}
            />
            {t(`move.${option}`)}
          </label>
        ))}
      </fieldset>
      <div className="menu__actions">
        <button type="submit">{t('move.submit')}</button>
        <button type="button" className="button--quiet" onClick={onCancel}>
          {t('move.cancel')}
        </button>
      </div>
    </form>
  );
}
