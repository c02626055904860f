import { nextGroupNumber, PARTICIPANT_ROLES, type PersonView, setPersonRole } from '@avaa/board-model';
import { memo, useId } from 'react';
import { useT } from '../i18n/index.ts';
import { CoFacilitatorToggle } from '../modes/CoFacilitatorToggle.tsx';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { ContactSelect } from './ContactSelect.tsx';
import { PersonActions } from './PersonActions/PersonActions.tsx';
import { movePersonKeepingContacts } from './regroup.ts';

/** One person in the facilitator's list: name and presence, role, group, contact, rename and remove. */
export const PersonRow = memo(function PersonRow({
  person,
  present,
  onRemoved,
}: {
  person: PersonView;
  present: boolean;
  onRemoved: (name: string) => void;
}) {
  const t = useT();
  const id = useId();
  const { doc, state, personId } = useWorkshop();
  const next = nextGroupNumber(doc);
  const live = state.groups.map((group) => group.number);
  const offersNew = !live.includes(next);
  return (
    <li className="person" data-person={person.id}>
      <div className="person__who">
        <span className="person__name">
          {person.name}
          {person.id === personId && <span className="person__you"> ({t('people.you')})</span>}
        </span>
        <span className={`presence-marker presence-marker--${present ? 'present' : 'away'}`}>
          <span className="presence-marker__dot" aria-hidden="true" />
          {person.listed ? t('people.listed') : present ? t('people.present') : t('people.away')}
        </span>
      </div>
      <div className="person__field">
        <label htmlFor={`${id}-role`}>{t('people.role')}</label>
        <select
          id={`${id}-role`}
          aria-label={t('people.roleOf', { name: person.name })}
          value={person.role}
          onChange={(event) => {
            const role = PARTICIPANT_ROLES.find((option) => option === event.target.value);
            if (role) setPersonRole(doc, person.id, role);
          }}
        >
          {PARTICIPANT_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="person__field">
        <label htmlFor={`${id}-group`}>{t('people.group')}</label>
        <select
          id={`${id}-group`}
          aria-label={t('people.groupOf', { name: person.name })}
          value={person.group ?? ''}
          onChange={(event) => {
            const value = event.target.value;
            movePersonKeepingContacts(doc, person.id, value === '' ? null : Number(value));
          }}
        >
          <option value="">{t('people.noGroup')}</option>
          {live.map((number) => (
            <option key={number} value={number}>
              {t('group.name', { number })}
            </option>
          ))}
          {offersNew && <option value={next}>{t('people.newGroup', { number: next })}</option>}
        </select>
      </div>
      {person.role === 'client-representative' && <ContactSelect person={person} />}
      <CoFacilitatorToggle person={person} />
      <PersonActions person={person} onRemoved={onRemoved} />
    </li>
  );
});
