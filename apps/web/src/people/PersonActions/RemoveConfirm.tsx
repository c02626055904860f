import { type PersonView, removePerson } from '@avaa/board-model';
import { useId } from 'react';
import { focusWhenShown } from '../../app/focusWhenShown.ts';
import { useT } from '../../i18n/index.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';

/** Removing a person, after saying what it means. */
export function RemoveConfirm({
  person,
  onRemoved,
  onCancel,
}: {
  person: PersonView;
  onRemoved: (name: string) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const { doc } = useWorkshop();
  return (
    <div className="person__confirm">
      <p id={`${id}-confirm`}>{t('people.removeConfirm', { name: person.name })}</p>
      <button
        type="button"
        className="button--danger"
        // The confirmation the person just asked for.
        ref={focusWhenShown}
        aria-describedby={`${id}-confirm`}
        onClick={() => {
          if (removePerson(doc, person.id).ok) onRemoved(person.name);
        }}
      >
        {t('people.removeYes', { name: person.name })}
      </button>
      <button type="button" className="button--quiet" onClick={onCancel}>
        {t('people.cancel')}
      </button>
    </div>
  );
}
