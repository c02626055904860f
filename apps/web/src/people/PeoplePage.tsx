import { useEffect, useState } from 'react';
import { FacilitatorLinkPanel } from '../access/FacilitatorLinkPanel.tsx';
import { forgetWorkshopLocally } from '../access/forgetWorkshop.ts';
import { HeaderNavContext } from '../app/HeaderNav.ts';
import { MessagePage } from '../app/MessagePage.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useT } from '../i18n/index.ts';
import { SecondFacilitatorLink } from '../modes/SecondFacilitatorLink.tsx';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { DeleteWorkshop } from './DeleteWorkshop.tsx';
import { GroupsSection } from './GroupsSection.tsx';
import { JoiningSection } from './JoiningSection.tsx';
import { PeopleSection } from './PeopleSection.tsx';
import './people.css';

/**
 * `/w/<id>/people`, the facilitator's panel: letting people in (code, link, QR, open/closed),
 * who is here (with a live marker), and the small groups, formed automatically or by hand,
 * with every rule the method gives checked and explained in words; and deleting the workshop.
 */
export function PeoplePage() {
  const t = useT();
  const workshop = useWorkshop();
  const status = useConnectionStatus(workshop.connection);
  const title = workshop.state.meta?.title;
  const [deleted, setDeleted] = useState(false);
  useEffect(() => {
    document.title = `${t('people.title')}${title ? ` – ${title}` : ''} – Avaa`;
  }, [t, title]);
  useEffect(() => {
    if (!deleted) return;
    document.title = `${t('people.delete.doneHeading')} – Avaa`;
    // The server closed every socket of the workshop (4404): the client stops reconnecting to
    // nothing and drops this device's copies; the device forgets its keys to it.
    void workshop.client.workshopDeleted().then(() => forgetWorkshopLocally(workshop.workshopId));
  }, [deleted, workshop.client, workshop.workshopId, t]);
  if (deleted) {
    return (
      // No workshop navigation: none of its pages exists any more.
      <HeaderNavContext.Provider value={null}>
        <MessagePage heading="people.delete.doneHeading" text="people.delete.doneText" />
      </HeaderNavContext.Provider>
    );
  }
  return (
    <>
      <PageHeader title={t('people.title')}>
        <ConnectionBadge status={status} />
      </PageHeader>
      <main className="people-page">
        <div className="people-page__side">
          <JoiningSection />
          {workshop.coFacilitator && <p className="panel">{t('cofacilitator.you')}</p>}
          {/* A co-facilitator's token is their own: no facilitator links to show or mint. */}
          {!workshop.coFacilitator && <FacilitatorLinkPanel />}
          {!workshop.coFacilitator && <SecondFacilitatorLink />}
          <GroupsSection />
          <DeleteWorkshop onDeleted={() => setDeleted(true)} />
        </div>
        <PeopleSection />
      </main>
    </>
  );
}
