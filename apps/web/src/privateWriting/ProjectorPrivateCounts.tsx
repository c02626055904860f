import { readPeople, readPrivateCounts } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useT } from '../i18n/index.ts';
import { readPrivateState, settingFor } from './privateState.ts';
import './privateWriting.css';

/** On the projector while people write alone on the board shown: how many each has written, never what. */
export function ProjectorPrivateCounts({ workshopDoc, board }: { workshopDoc: Y.Doc; board: BoardRef }) {
  const t = useT();
  const state = useDocSnapshot(workshopDoc, readPrivateState);
  const people = useDocSnapshot(workshopDoc, readPeople);
  const counts = readPrivateCounts(workshopDoc, board);
  if (!settingFor(state, board) && counts.length === 0) return null;
  const names = new Map(people.map((person) => [person.id, person.name]));
  return (
    <p className="projector-private">
      <span className="private-bar__label">{t('private.counts')}:</span>{' '}
      {counts.length === 0
        ? t('private.noCounts')
        : counts
            .map(({ person, count }) => t('private.count', { name: names.get(person) ?? t('private.someone'), count }))
            .join(', ')}
    </p>
  );
}
