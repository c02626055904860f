import { useEffect } from 'react';
import { PageHeader } from '../app/PageHeader.tsx';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { GroupsSection } from './GroupsSection.tsx';
import { JoiningSection } from './JoiningSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import './people.css';

/**
 * `/w/<id>/people`, the facilitator's panel: letting people in (code, link, QR, open/closed),
 * who is here (with a live marker), and the small groups, formed automatically or by hand,
 * with every rule the method gives checked and explained in words.
 */
export function PeoplePage() {
  const t = useT();
  const workshop = useWorkshop();
  const status = useConnectionStatus(workshop.connection);
  const title = workshop.state.meta?.title;
  useEffect(() => {
    document.title = `${t('people.title')}${title ? ` – ${title}` : ''} – Avaa`;
  }, [t, title]);
  return (
    <>
      <PageHeader title={t('people.title')}>
        <ConnectionBadge status={status} />
      </PageHeader>
      <main className="people-page">
        <div className="people-page__side">
          <JoiningSection />
          <GroupsSection />
        </div>
        <PeopleSection />
      </main>
    </>
  );
}
