import { type AgreementView, type PersonId, readPerson, setAgreementOwner } from '@avaa/board-model';
import { useId, useState } from 'react';
import type * as Y from 'yjs';
import { useT } from '../../i18n/index.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';
import { DraftField } from '../DraftField.tsx';

const NONE = '';
const OTHER = 'other';

/**
 * The facilitator's owner of an item: one of the workshop's people, chosen from a list (the
 * register then follows a rename), or a name typed for someone who is not here.
 */
export function OwnerField({ doc, item }: { doc: Y.Doc; item: AgreementView }) {
  const t = useT();
  const id = useId();
  const { state } = useWorkshop();
  const [typing, setTyping] = useState(false);
  const chosen = item.ownerPerson ?? null;
  const typed = chosen === null && (typing || item.owner !== '');
  const value = chosen ?? (typed ? OTHER : NONE);
  const gone = chosen !== null && !state.people.some((person) => person.id === chosen);
  const choose = (next: string) => {
    setTyping(next === OTHER);
    if (next === OTHER) return;
    setAgreementOwner(doc, item.id, next === NONE ? { name: '' } : { person: next as PersonId });
  };
  return (
    <div className="owner-field">
      <div className="draft-field">
        <label htmlFor={id}>{t('owner.label')}</label>
        <select id={id} value={value} onChange={(event) => choose(event.target.value)}>
          <option value={NONE}>{t('owner.none')}</option>
          <optgroup label={t('owner.people')}>
            {state.people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
            {gone && <option value={chosen}>{t('owner.removed', { name: removedName(doc, chosen, item) })}</option>}
          </optgroup>
          <option value={OTHER}>{t('owner.other')}</option>
        </select>
      </div>
      {typed && (
        <DraftField
          label={t('owner.otherName')}
          value={item.owner}
          onSave={(name) => setAgreementOwner(doc, item.id, { name })}
        />
      )}
    </div>
  );
}

function removedName(doc: Y.Doc, person: PersonId, item: AgreementView): string {
  return readPerson(doc, person)?.name || item.owner;
}
