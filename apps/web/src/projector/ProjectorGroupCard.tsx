import type { GroupBoardLink } from '@avaa/workshop-client';
import { type CSSProperties, memo } from 'react';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { GroupCellCounts, useGroupNotes } from '../groups/GroupCellCounts.tsx';
import { groupColour } from '../groups/groupColours.ts';
import { usePlural, useT } from '../i18n/index.ts';

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
  const { notes, all, newest } = useGroupNotes(link.doc, compact ? 1 : 2);
  const style = { '--group': groupColour(link.group) } as CSSProperties;
  return (
    <li className="projector-group" style={style} data-group={link.group}>
      <h2 className="projector-group__heading">
        <GroupBadge group={link.group} label />
        <span className="projector-group__total">{counted('count.notes', all.length)}</span>
      </h2>
      {members.length > 0 && <p className="projector-group__members">{members.join(', ')}</p>}
      <GroupCellCounts group={link.group} notes={notes} className="projector-group__table" />
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
