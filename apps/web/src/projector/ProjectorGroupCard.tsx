import { cellId, DIMENSIONS, type NoteView, PHASES } from '@avaa/board-model';
import { type CSSProperties, memo, useMemo } from 'react';
import type { GroupBoardLink } from '../doc/groupBoards.ts';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { groupColour } from '../groups/groupColours.ts';
import { useLanguage, usePlural, useT } from '../i18n/index.ts';

/** One group on the projector's overview: its members, note counts per cell and newest notes. */
export const ProjectorGroupCard = memo(function ProjectorGroupCard({
  link,
  members,
  compact,
}: {
  link: GroupBoardLink;
  members: readonly string[];
  /** Many groups: the newest notes give way to the counts. */
  compact: boolean;
}) {
  const t = useT();
  const counted = usePlural();
  const language = useLanguage();
  const notes = useNotesByCell(link.doc);
  const all = useMemo(() => [...notes.values()].flat(), [notes]);
  const newest = useMemo(() => [...all].sort(byNewest).slice(0, compact ? 1 : 2), [all, compact]);
  const most = Math.max(1, ...[...notes.values()].map((list) => list.length));
  const style = { '--group': groupColour(link.group) } as CSSProperties;
  return (
    <li className="projector-group" style={style} data-group={link.group}>
      <h2 className="projector-group__heading">
        <GroupBadge group={link.group} label />
        <span className="projector-group__total">{counted('count.notes', all.length)}</span>
      </h2>
      {members.length > 0 && <p className="projector-group__members">{members.join(', ')}</p>}
      <table className="projector-group__table">
        <caption className="visually-hidden">{t('overview.tableCaption', { number: link.group })}</caption>
        <thead>
          <tr>
            <td />
            {PHASES.map((phase, index) => (
              <th key={phase.id} scope="col" title={phase.name[language]}>
                {index + 1}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DIMENSIONS.map((dimension) => (
            <tr key={dimension.id}>
              <th scope="row">{t(`overview.dimension.${dimension.id}`)}</th>
              {PHASES.map((phase) => {
                const count = notes.get(cellId(phase.id, dimension.id))?.length ?? 0;
                const heat = { '--heat': `${Math.round(10 + (count / most) * 45)}%` } as CSSProperties;
                return (
                  <td key={phase.id} className={count === 0 ? 'is-empty' : undefined} style={count ? heat : undefined}>
                    {count}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {newest.length > 0 ? (
        <ul className="projector-group__newest" aria-label={t('projector.overview.newest')}>
          {newest.map((note) => (
            <li key={note.id}>{note.text}</li>
          ))}
        </ul>
      ) : (
        <p className="projector-group__nothing">{t('projector.overview.nothingYet')}</p>
      )}
    </li>
  );
});

function byNewest(a: NoteView, b: NoteView): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1);
}
