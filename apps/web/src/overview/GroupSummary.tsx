import { cellId, DIMENSIONS, type NoteView, PHASES } from '@avaa/board-model';
import { type CSSProperties, memo, useMemo } from 'react';
import { workshopPath } from '../app/routes.ts';
import { cellName, noteLabel } from '../board/names.ts';
import { useConnectionStatus } from '../connection/useConnectionStatus.ts';
import type { GroupBoardLink } from '../doc/groupBoards.ts';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
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
  const notes = useNotesByCell(link.doc);
  const status = useConnectionStatus(link.connection);
  const all = useMemo(() => [...notes.values()].flat(), [notes]);
  const newest = useMemo(() => [...all].sort(byNewest).slice(0, NEWEST), [all]);
  const most = Math.max(1, ...[...notes.values()].map((list) => list.length));
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
      <table className="group-summary__table">
        <caption className="visually-hidden">{t('overview.tableCaption', { number: link.group })}</caption>
        <thead>
          <tr>
            <td className="group-summary__corner" />
            {PHASES.map((phase, index) => (
              <th key={phase.id} scope="col" title={phase.name[language]}>
                <span aria-hidden="true">{index + 1}</span>
                <span className="visually-hidden">{phase.name[language]}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((dimension) => (
            <tr key={dimension.id}>
              <th scope="row" title={dimension.name[language]}>
                {t(`overview.dimension.${dimension.id}`)}
              </th>
              {PHASES.map((phase) => {
                const count = notes.get(cellId(phase.id, dimension.id))?.length ?? 0;
                return (
                  <td key={phase.id} className={count === 0 ? 'is-empty' : undefined} style={heat(count, most)}>
                    {count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
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

function byNewest(a: NoteView, b: NoteView): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);
}

/** Fuller cells are darker, so where a group has worked shows at a glance (the number says it too). */
function heat(count: number, most: number): CSSProperties | undefined {
  if (count === 0) return undefined;
  return { '--heat': `${Math.round(12 + (count / most) * 40)}%` } as CSSProperties;
}
