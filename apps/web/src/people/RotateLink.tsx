import { rotateParticipantLink } from '@avaa/workshop-client';
import { useId, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';

type Step = 'idle' | 'confirming' | 'rotating' | 'rotated' | 'failed';

/**
 * Changing the participant link, for when it leaked: asked once more, since everyone who has not
 * joined yet needs the new link. `onRotated` fetches the links again.
 */
export function RotateLink({ onRotated }: { readonly onRotated: () => void }) {
  const t = useT();
  const id = useId();
  const { workshopId, token } = useWorkshop();
  const [step, setStep] = useState<Step>('idle');
  const rotate = async () => {
    setStep('rotating');
    // The old link stops working at once (server/README.md "Security").
    const { ok } = await rotateParticipantLink('', workshopId, token);
    setStep(ok ? 'rotated' : 'failed');
    if (ok) onRotated();
  };
  return (
    <div className="joining__rotate">
      {step === 'confirming' || step === 'rotating' ? (
        <>
          <p className="panel__note" id={`${id}-warning`}>
            {t('people.joining.rotateWarning')} {t('access.rotate.printed')}
          </p>
          <div className="joining__rotate-actions">
            <button
              type="button"
              aria-describedby={`${id}-warning`}
              disabled={step === 'rotating'}
              onClick={() => void rotate()}
            >
              {t('people.joining.rotateConfirm')}
            </button>
            <button type="button" className="button--quiet" onClick={() => setStep('idle')}>
              {t('people.cancel')}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button--quiet" onClick={() => setStep('confirming')}>
          {t('people.joining.rotate')}
        </button>
      )}
      <p className="panel__note" role="status">
        {step === 'rotated' && t('people.joining.rotated')}
        {step === 'failed' && t('people.joining.rotateFailed')}
      </p>
    </div>
  );
}
