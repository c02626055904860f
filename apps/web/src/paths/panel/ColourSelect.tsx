import { isPathColour, PATH_COLOURS, type PathColour } from '@avaa/board-model';
import { useId } from 'react';
import { useT } from '../../i18n/index.ts';
import { pathInkStyle } from '../pathLook.ts';

/** A path's colour by name (a swatch beside it); the path's letter tells paths apart too. */
export function ColourSelect({ value, onChange }: { value: PathColour; onChange: (colour: PathColour) => void }) {
  const t = useT();
  const id = useId();
  return (
    <div className="path-colour">
      <label htmlFor={id}>{t('pathPanel.colour')}</label>
      <span className="path-swatch" style={pathInkStyle(value)} aria-hidden="true" />
      <select
        id={id}
        value={value}
        onChange={(event) => {
          if (isPathColour(event.target.value)) onChange(event.target.value);
        }}
      >
        {PATH_COLOURS.map((colour) => (
          <option key={colour} value={colour}>
            {t(`pathPanel.colour.${colour}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
