import type { WorkshopId } from '@avaa/protocol';
import { useId, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { forgetWorkshopLocally } from './forgetWorkshop.ts';

type Props = {
  readonly workshopId: WorkshopId;
  readonly title: string;
  /** Whose keys this device holds: the facilitator's must be saved elsewhere first. */
  readonly holds: 'facilitator' | 'participant';
  readonly onForgotten: () => void;
};

/**
 * "Forget on this device", for shared computers: asked once more, since a facilitator who has
 * not saved the link elsewhere cannot get back in.
 */
export function ForgetWorkshop({ workshopId, title, holds, onForgotten }: Props) {
  const t = useT();
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const forget = async () => {
    await forgetWorkshopLocally(workshopId);
    onForgotten();
  };
  if (!confirming) {
    return (
      <button
        type="button"
        className="button--quiet"
        aria-label={t('access.forgetNamed', { title })}
        onClick={() => setConfirming(true)}
      >
        {t('access.forget')}
      </button>
    );
  }
  return (
    <div className="forget-workshop">
      <p id={`${id}-warning`} className="forget-workshop__warning">
        {t(holds === 'facilitator' ? 'access.forget.facilitatorWarning' : 'access.forget.participantWarning')}
      </p>
      <div className="forget-workshop__actions">
        <button
          type="button"
          className="button--danger"
          aria-describedby={`${id}-warning`}
          onClick={() => void forget()}
        >
          {t('access.forget.confirm')}
        </button>
        <button type="button" className="button--quiet" onClick={() => setConfirming(false)}>
          {t('access.forget.cancel')}
        </button>
      </div>
    </div>
  );
}
