import { useEffect } from 'react';
import { PageHeader } from '../app/PageHeader.tsx';
import { useGroupBoards } from '../client/useSessions.ts';
import { ConnectionBadge } from '../connection/ConnectionBadge.tsx';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { peopleById } from '../workshop/workshopState.ts';
import { GroupSummary } from './GroupSummary.tsx';
import './overview.css';

/**
 * `/w/<id>/overview`: every group's board at a glance, live: a small 5x3 table of note counts
 * and the newest notes, so everyone sees the others' progress. A click opens a group's board
 * (read-only unless it is one's own). One connection per group room while the page is open.
 */
export function OverviewPage() {
  const t = useT();
  const workshop = useWorkshop();
  const { groups } = workshop.state;
  const status = useConnectionStatus(workshop.connection);
  const links = useGroupBoards(
    workshop.client,
    groups.map((group) => group.number),
  );
  const people = peopleById(workshop.state);
  const title = workshop.state.meta?.title;
  useEffect(() => {
    document.title = `${t('overview.title')}${title ? ` – ${title}` : ''} – Avaa`;
  }, [t, title]);

  return (
    <>
      <PageHeader title={t('overview.title')}>
        <ConnectionBadge status={status} />
      </PageHeader>
      <main className="overview">
        {groups.length === 0 ? (
          <p className="overview__empty">{t('overview.noGroups')}</p>
        ) : (
          <ul className="overview__groups">
            {links.map((link) => {
              const group = groups.find((live) => live.number === link.group);
              const members = (group?.members ?? []).flatMap((id) => {
                const name = people.get(id)?.name;
                return name === undefined ? [] : [{ id, name }];
              });
              return (
                <GroupSummary key={link.group} link={link} members={members} mine={workshop.myGroup === link.group} />
              );
            })}
          </ul>
        )}
      </main>
    </>
  );
}
