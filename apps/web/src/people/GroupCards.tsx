import type { ContactPersons, PersonId, PersonView } from '@avaa/board-model';
import { GroupBadge } from '../groups/GroupBadge.tsx';
import { usePlural, useT } from '../i18n/index.ts';

/** Groups as cards: number and colour, size, and each member with their role and contact person. */
export function GroupCards({
  groups,
  people,
  contacts,
}: {
  groups: readonly { readonly number: number; readonly members: readonly PersonId[] }[];
  people: ReadonlyMap<PersonId, PersonView>;
  contacts: ContactPersons;
}) {
  const t = useT();
  const counted = usePlural();
  return (
    <ul className="group-cards">
      {groups.map((group) => (
        <li key={group.number} className="group-card">
          <h4 className="group-card__heading">
            <GroupBadge group={group.number} label />
            <span className="group-card__size">{counted('groups.members', group.members.length)}</span>
          </h4>
          {group.members.length === 0 ? (
            <p className="panel__note">{t('groups.empty')}</p>
          ) : (
            <ul className="group-card__members">
              {group.members.map((id) => {
                const person = people.get(id);
                if (!person) return null;
                const contact = contacts.get(id);
                const contactName = contact ? people.get(contact)?.name : undefined;
                return (
                  <li key={id}>
                    <span className="group-card__name">{person.name}</span>{' '}
                    <span className="group-card__role">{t(`role.${person.role}`)}</span>
                    {contactName && (
                      <span className="group-card__contact"> · {t('groups.contactFor', { name: contactName })}</span>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
