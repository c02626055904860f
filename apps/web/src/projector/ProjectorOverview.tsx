import type { CSSProperties } from 'react';
import { useClient } from '../client/ClientContext.ts';
import { useGroupBoards } from '../client/useSessions.ts';
import { useT } from '../i18n/index.ts';
import { peopleById, useWorkshopState } from '../workshop/workshopState.ts';
import { ProjectorFrame, type ScreenProps } from './ProjectorFrame.tsx';
import './projectorScreens.css';
import { ProjectorGroupCard } from './ProjectorGroupCard.tsx';
import '../overview/overview.css';

/**
 * During group work: every group's progress at once, live, as the overview page reads it (one
 * connection per group room), laid out for the wall: a card per group with its 5x3 counts and
 * newest notes in type the back of the room reads, no scrolling.
 */
export function ProjectorOverview({ workshop, title, people, status }: ScreenProps) {
  const t = useT();
  const state = useWorkshopState(workshop.doc);
  const links = useGroupBoards(
    useClient(),
    state.groups.map((group) => group.number),
  );
  const byId = peopleById(state);
  const columns = links.length <= 1 ? 1 : links.length <= 4 ? 2 : links.length <= 9 ? 3 : 4;
  const rows = Math.max(1, Math.ceil(links.length / columns));
  const style = { '--columns': columns, '--rows': rows } as CSSProperties;
  return (
    <ProjectorFrame
      title={t('projector.overview.heading')}
      subtitle={title}
      status={status}
      workshopDoc={workshop.doc}
      people={people}
    >
      <main className="projector-overview" style={style}>
        {links.length === 0 ? (
          <p className="projector-overview__empty">{t('projector.overview.noGroups')}</p>
        ) : (
          <ul className="projector-overview__groups">
            {links.map((link) => {
              const group = state.groups.find((live) => live.number === link.group);
              const members = (group?.members ?? []).flatMap((id) => byId.get(id)?.name ?? []);
              return <ProjectorGroupCard key={link.group} link={link} members={members} compact={rows > 2} />;
            })}
          </ul>
        )}
      </main>
    </ProjectorFrame>
  );
}
