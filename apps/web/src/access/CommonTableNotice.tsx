import { isCommonTableLocked, readCommonTableOpenInGroupWork, setCommonTableOpenInGroupWork } from '@avaa/board-model';
import { useId } from 'react';
import type * as Y from 'yjs';
import { navigate } from '../app/navigation.ts';
import { workshopPath } from '../app/routes.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useT } from '../i18n/index.ts';
import { useStage } from '../stage/useFacilitation.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import './access.css';

/** Whether participants read the common table only right now (the server refuses their writes then). */
export function useCommonTableLocked(workshopDoc: Y.Doc): boolean {
  return useDocSnapshot(workshopDoc, isCommonTableLocked);
}

/**
 * On the common table during group work: participants read why it is read-only and find their
 * group's board; the facilitator decides whether participants may write it meanwhile.
 */
export function CommonTableNotice() {
  const workshop = useWorkshop();
  const locked = useCommonTableLocked(workshop.doc);
  const stage = useStage(workshop.doc);
  if (isFacilitator(workshop)) return stage === 'group-work' ? <CommonTableSetting doc={workshop.doc} /> : null;
  return workshop.role === 'participant' && locked ? <LockedNotice /> : null;
}

function LockedNotice() {
  const t = useT();
  const { workshopId, myGroup } = useWorkshop();
  return (
    <div className="workshop-banner common-table-lock" role="note">
      <p className="workshop-banner__text">{t('access.commonTable.locked')}</p>
      {myGroup === null ? (
        <p className="common-table-lock__why">{t('access.commonTable.noGroup')}</p>
      ) : (
        <>
          <p className="common-table-lock__why">{t('access.commonTable.toGroup')}</p>
          <a
            className="button-link button--primary"
            href={workshopPath(workshopId, { kind: 'group', group: myGroup })}
            onClick={(event) => {
              event.preventDefault();
              navigate(workshopPath(workshopId, { kind: 'group', group: myGroup }), { byPerson: true });
            }}
          >
            {t('access.commonTable.goToGroup', { number: myGroup })}
          </a>
        </>
      )}
    </div>
  );
}

function CommonTableSetting({ doc }: { readonly doc: Y.Doc }) {
  const t = useT();
  const id = useId();
  const open = useDocSnapshot(doc, readCommonTableOpenInGroupWork);
  return (
    <div className="workshop-banner common-table-lock">
      <label className="common-table-lock__switch">
        <input
          type="checkbox"
          checked={open}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setCommonTableOpenInGroupWork(doc, event.target.checked)}
        />
        <span>{t('access.commonTable.setting')}</span>
      </label>
      <p id={`${id}-hint`} className="common-table-lock__why">
        {t('access.commonTable.settingHint')}
      </p>
    </div>
  );
}
