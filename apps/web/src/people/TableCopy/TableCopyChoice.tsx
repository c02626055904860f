import { useId } from 'react';
import './tableCopy.css';
import { useT } from '../../i18n/index.ts';

/** The facilitator's choice, when forming groups, that the groups start from a copy of the common table. */
export function TableCopyChoice({ chosen, onChoose }: { chosen: boolean; onChoose: (chosen: boolean) => void }) {
  const t = useT();
  const help = useId();
  return (
    <div className="table-copy">
      <label>
        <input
          type="checkbox"
          checked={chosen}
          aria-describedby={help}
          onChange={(event) => onChoose(event.target.checked)}
        />
        <span>{t('groupCopy.choice')}</span>
      </label>
      <p id={help} className="panel__note">
        {t('groupCopy.help')}
      </p>
    </div>
  );
}
