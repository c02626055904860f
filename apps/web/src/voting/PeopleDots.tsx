import type { NoteId } from '@avaa/board-model';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { useVotePeople } from './useVotePeople.ts';
import { personRows } from './voteView.ts';

/**
 * A vote that is not anonymous: who placed dots on which notes, named from the workshop's people
 * (facilitator only; the server answers nobody else). Nothing for an anonymous vote.
 */
export function PeopleDots({
  vote,
  named,
  published,
  textOf,
}: {
  vote: string;
  named: boolean;
  published: number;
  textOf: (note: NoteId) => string | undefined;
}) {
  const t = useT();
  const { state } = useWorkshop();
  const perPerson = useVotePeople(vote, named, published);
  if (perPerson === null || perPerson === 'loading') return null;
  const names = new Map(state.people.map((person) => [person.id, person.name]));
  return (
    <>
      <h4 className="vote-people__heading">{t('vote.perPerson')}</h4>
      {perPerson === 'unavailable' ? (
        <p className="vote-people">{t('vote.peopleUnavailable')}</p>
      ) : (
        <ul className="vote-people">
          {personRows(perPerson, (person) => names.get(person)).map((row) => (
            <li key={row.person}>
              <strong>{row.name}:</strong> {row.notes.map((note) => textOf(note) ?? t('vote.deletedNote')).join(' · ')}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
