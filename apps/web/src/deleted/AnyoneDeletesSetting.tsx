import { readCommonTableAnyoneDeletes, setCommonTableAnyoneDeletes } from '@avaa/board-model';
import { useId } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useT } from '../i18n/index.ts';

/** The facilitator's switch on the common table: may participants delete each other's notes there. */
export function AnyoneDeletesSetting({ workshopDoc }: { readonly workshopDoc: Y.Doc }) {
  const t = useT();
  const id = useId();
  const allowed = useDocSnapshot(workshopDoc, readCommonTableAnyoneDeletes);
  return (
    <div className="anyone-deletes">
      <label className="anyone-deletes__switch">
        <input
          type="checkbox"
          checked={allowed}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setCommonTableAnyoneDeletes(workshopDoc, event.target.checked)}
        />
        <span>{t('deleted.setting')}</span>
      </label>
      <p id={`${id}-hint`} className="anyone-deletes__hint">
        {t('deleted.settingHint')}
      </p>
    </div>
  );
}
