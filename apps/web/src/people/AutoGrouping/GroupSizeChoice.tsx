import { GROUP_SIZES, type GroupSize } from '@avaa/board-model';
import { useId } from 'react';
import { useT } from '../../i18n/index.ts';

/** The group size a proposal aims at. */
export function GroupSizeChoice({ size, onSize }: { size: GroupSize; onSize: (size: GroupSize) => void }) {
  const t = useT();
  const id = useId();
  return (
    <fieldset className="auto-grouping__size">
      <legend>{t('groups.auto.size')}</legend>
      {GROUP_SIZES.map((option) => (
        <label key={option} className="choice">
          <input type="radio" name={`${id}-size`} checked={size === option} onChange={() => onSize(option)} />
          {t('groups.auto.sizeOption', { size: option })}
        </label>
      ))}
    </fieldset>
  );
}
