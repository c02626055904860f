import { canBeContact, type PersonId, type PersonView, setContact } from '@avaa/board-model';
import { useId } from 'react';
import { useT } from '../i18n/index.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';

/**
 * A client representative's named contact person: staff of their own group first (the method
 * wants one in their team), then other staff, marked with their group.
 */
export function ContactSelect({ person }: { person: PersonView }) {
  const t = useT();
  const id = useId();
  const { doc, state } = useWorkshop();
  const staff = state.people.filter((other) => other.id !== person.id && canBeContact(other.role));
  const own = staff.filter((other) => person.group !== null && other.group === person.group);
  const others = staff.filter((other) => !own.includes(other));
  const label = (other: PersonView) =>
    other.group === null ? other.name : `${other.name} (${t('group.name', { number: other.group })})`;
  return (
    <div className="person__field person__field--contact">
      <label htmlFor={id}>{t('people.contact')}</label>
      <select
        id={id}
        aria-label={t('people.contactOf', { name: person.name })}
        value={person.contact ?? ''}
        onChange={(event) => setContact(doc, person.id, (event.target.value || null) as PersonId | null)}
      >
        <option value="">{t('people.noContact')}</option>
        {[...own, ...others].map((other) => (
          <option key={other.id} value={other.id}>
            {label(other)}
          </option>
        ))}
      </select>
    </div>
  );
}
