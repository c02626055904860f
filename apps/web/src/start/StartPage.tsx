import { useEffect, useState } from 'react';
import type { CreatedWorkshop } from '../app/api.ts';
import { PageHeader } from '../app/PageHeader.tsx';
import { useT } from '../i18n/index.ts';
import { JoinCodeForm } from '../join/JoinCodeForm.tsx';
import { CreateWorkshopForm } from './CreateWorkshopForm.tsx';
import { WorkshopLinks } from './WorkshopLinks.tsx';
import './start.css';

/** `/`: create a workshop, then hand out its links (participants, projector, facilitator). */
export function StartPage() {
  const t = useT();
  const [workshop, setWorkshop] = useState<CreatedWorkshop | null>(null);
  useEffect(() => {
    document.title = t('app.name');
  }, [t]);
  return (
    <>
      <PageHeader title={t('app.name')} />
      <main className="start">
        {workshop ? (
          <WorkshopLinks workshop={workshop} onAnother={() => setWorkshop(null)} />
        ) : (
          <>
            <p className="start__intro">{t('start.intro')}</p>
            <div className="start__forms">
              <CreateWorkshopForm onCreated={setWorkshop} />
              <JoinCodeForm />
            </div>
          </>
        )}
      </main>
    </>
  );
}
