import type { GroupBoardLink } from '@avaa/workshop-client';
import { type CSSProperties, memo } from 'react';
import { workshopPath } from '../app/routes.ts';
import { cellName, noteLabel } from '../board/names.ts';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { GroupCellCounts, useGroupNotes } from '../groups/GroupCellCounts.tsx';
import { groupColour } from '../groups/groupColours.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { follow } from '../workshop/WorkshopNav.tsx';
import { GroupMembers, type Member } from './GroupMembers.tsx';

const NEWEST = 3;

/** One group on the overview: who is in it and on its board now, how many notes each cell has, and the newest notes. */
export const GroupSummary = memo(function GroupSummary({
  link,
  members,
  mine,
}: {
  link: GroupBoardLink;
  members: readonly Member[];
  mine: boolean;
}) {
  const t = useT();
  const language = useLanguage();
  const { workshopId } = useWorkshop();
  const { notes, all, newest } = useGroupNotes(link.doc, NEWEST);
  const status = useConnectionStatus(link.connection);
  const path = workshopPath(workshopId, { kind: 'group', group: link.group });
  const headingId = `overview-group-${link.group}`;
  const style = { '--group': groupColour(link.group) } as CSSProperties;

  return (
    <li className="group-summary" style={style} data-group={link.group}>
      <h2 className="group-summary__heading" id={headingId}>
        <a href={path} className="group-summary__link" onClick={(event) => follow(event, path)}>
          <GroupBadge group={link.group} label />
          {mine && <span className="group-summary__mine">{t('overview.mine')}</span>}
        </a>
      </h2>
      <GroupMembers group={link.group} members={members} awareness={link.connection.awareness} />
      <p className="group-summary__total">
        {status.state === 'live' || all.length > 0
          ? t('overview.total', { count: all.length })
          : t('connection.connecting')}
      </p>
      <GroupCellCounts group={link.group} notes={notes} className="group-summary__table" />
      {newest.length > 0 && (
        <>
          <h3 className="group-summary__newest-heading">{t('overview.newest')}</h3>
          <ul className="group-summary__newest">
            {newest.map((note) => (
              <li key={note.id}>
                <span className="group-summary__text">{noteLabel(note.text, 90)}</span>
                <span className="group-summary__cell">{cellName(note.cell, language)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
});
