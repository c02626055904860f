import type { NoteId, PersonDots } from '@avaa/board-model';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { personRows } from './voteView.ts';

/** A vote that is not anonymous: who placed dots on which notes, named from the workshop's people (facilitator only). */
export function PeopleDots({
  perPerson,
  textOf,
}: {
  perPerson: readonly PersonDots[];
  textOf: (note: NoteId) => string | undefined;
}) {
  const t = useT();
  const { state } = useWorkshop();
  const names = new Map(state.people.map((person) => [person.id, person.name]));
  return (
    <>
      <h4 className="vote-people__heading">{t('vote.perPerson')}</h4>
      <ul className="vote-people">
        {personRows(perPerson, (person) => names.get(person)).map((row) => (
          <li key={row.person}>
            <strong>{row.name}:</strong> {row.notes.map((note) => textOf(note) ?? t('vote.deletedNote')).join(' · ')}
          </li>
        ))}
      </ul>
    </>
  );
}
