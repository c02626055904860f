import { useEffect, useState } from 'react';
import type { CreatedWorkshop } from '../app/api.ts';
import { PageHeader } from '../app/PageHeader.tsx';
import { useT } from '../i18n/index.ts';
import { JoinCodeForm } from '../join/JoinCodeForm/JoinCodeForm.tsx';
import { CreateWorkshopForm } from './CreateWorkshopForm/CreateWorkshopForm.tsx';
import { DeviceWorkshops } from './DeviceWorkshops.tsx';
import { createdParam, markCreated, useReopenedWorkshop } from './reopenCreated.ts';
import { WorkshopLinks } from './WorkshopLinks.tsx';
import './start.css';

/**
 * `/`: create a workshop, then hand out its links (participants, projector, facilitator); the
 * address becomes `/?created=<id>`, so a reload shows the links again. Below, the workshops this
 * device can open again.
 */
export function StartPage() {
  const t = useT();
  const [created, setCreated] = useState<CreatedWorkshop | null>(null);
  const [createdId, setCreatedId] = useState(createdParam);
  const reopened = useReopenedWorkshop(created ? null : createdId);
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  const workshop = created ?? (reopened?.state === 'ready' ? reopened.workshop : null);
  const another = () => {
    markCreated(null);
    setCreatedId(null);
    setCreated(null);
  };
  return (
    <>
      <PageHeader title={t('app.name')} />
      <main className="start">
        {workshop ? (
          <WorkshopLinks workshop={workshop} onAnother={another} />
        ) : reopened?.state === 'loading' ? (
          <p role="status">{t('people.joining.loading')}</p>
        ) : (
          <>
            {reopened?.state === 'failed' && <p role="alert">{t('people.joining.unavailable')}</p>}
            <p className="start__intro">{t('start.intro')}</p>
            <div className="start__forms">
              <CreateWorkshopForm
                onCreated={(fresh) => {
                  markCreated(fresh.id);
                  setCreatedId(fresh.id);
                  setCreated(fresh);
                }}
              />
              <JoinCodeForm />
            </div>
            <DeviceWorkshops />
          </>
        )}
      </main>
    </>
  );
}
