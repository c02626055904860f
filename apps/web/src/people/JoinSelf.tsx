import { useState } from 'react';
import { storeMembership } from '../access/personalToken.ts';
import { useT } from '../i18n/index.ts';
import { JoinForm } from '../join/JoinForm/JoinForm.tsx';
import { usePreferences } from '../state/preferences.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import '../join/join.css';

/**
 * A facilitator who takes part in the group work too joins as a person (name and role), so
 * they can be put in a group like anyone; the facilitator's rights stay with the link.
 */
export function JoinSelf() {
  const t = useT();
  const { workshopId, token, refreshAccess } = useWorkshop();
  const name = usePreferences((state) => state.identity.name);
  const [open, setOpen] = useState(false);
  const [closed, setClosed] = useState(false);
  if (!open) {
    return (
      <div className="join-self">
        <p className="panel__note">{t('people.joinSelf.hint')}</p>
        <button type="button" onClick={() => setOpen(true)}>
          {t('people.joinSelf.open')}
        </button>
      </div>
    );
  }
  return (
    <div className="join-self">
      {closed && (
        <p className="field__error" role="alert">
          {t('people.joinSelf.closed')}
        </p>
      )}
      <JoinForm
        workshopId={workshopId}
        linkToken={token}
        initialName={name ?? ''}
        onJoined={(membership) => {
          storeMembership(workshopId, membership);
          refreshAccess();
        }}
        onClosed={() => setClosed(true)}
      />
      <button type="button" className="button--quiet" onClick={() => setOpen(false)}>
        {t('people.cancel')}
      </button>
    </div>
  );
}
