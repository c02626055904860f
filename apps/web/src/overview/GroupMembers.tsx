import type { PersonId } from '@avaa/board-model';
import type { Awareness } from 'y-protocols/awareness';
import { useT } from '../i18n/index.ts';
import { usePeers } from '../presence/usePeers.ts';

export type Member = { readonly id: PersonId; readonly name: string };

/**
 * A group's members, each marked when they have the group's board open now (the presence of
 * that board's room), with how many do. Read here so presence changes re-render only this list.
 */
export function GroupMembers({
  group,
  members,
  awareness,
}: {
  group: number;
  members: readonly Member[];
  awareness: Awareness;
}) {
  const t = useT();
  const peers = usePeers(awareness);
  if (members.length === 0) return <p className="group-members__none">{t('groups.empty')}</p>;
  const online = new Set(peers.flatMap((peer) => (peer.person ? [peer.person] : [])));
  const count = members.filter((member) => online.has(member.id)).length;
  return (
    <div className="group-members">
      <ul className="group-members__list" aria-label={t('overview.members', { number: group })}>
        {members.map((member) => {
          const here = online.has(member.id);
          return (
            <li key={member.id} className={here ? 'group-members__member is-online' : 'group-members__member'}>
              <span className="group-members__dot" aria-hidden="true" />
              {member.name}
              {here && <span className="visually-hidden">, {t('overview.onlineMarker')}</span>}
            </li>
          );
        })}
      </ul>
      <p className="group-members__count">{t('overview.onlineCount', { count, total: members.length })}</p>
    </div>
  );
}
