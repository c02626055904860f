import { useId, useRef, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { PersonRow } from './PersonRow.tsx';
import { usePresentPeople } from './usePresentPeople.ts';

/** Everyone who joined, with their presence, role, group and contact person, and the facilitator's actions. */
export function PeopleSection() {
  const t = useT();
  const id = useId();
  const { state } = useWorkshop();
  const present = usePresentPeople();
  const heading = useRef<HTMLHeadingElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const people = state.people;
  return (
    <section className="panel people" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('people.list.heading', { count: people.length })}
      </h2>
      {people.length === 0 ? (
        <p className="panel__note">{t('people.list.empty')}</p>
      ) : (
        <ul className="people__list">
          {people.map((person) => (
            <PersonRow
              key={person.id}
              person={person}
              present={present.has(person.id)}
              onRemoved={(name) => {
                setAnnouncement(t('people.removed', { name }));
                heading.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
