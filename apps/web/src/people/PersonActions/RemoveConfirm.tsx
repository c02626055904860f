import { type PersonView, removePerson } from '@avaa/board-model';
import { useId } from 'react';
import { focusWhenShown } from '../../app/focusWhenShown.ts';
import { useT } from '../../i18n/index.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';

/**
 * Removing a person, after saying what it means. The keyboard lands on Cancel, the choice that
 * loses nothing (a second Enter on the remove button must not remove), and Escape cancels.
 */
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
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape from either button cancels; the buttons are the controls.
    <div
      className="person__confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-confirm`}>{t('people.removeConfirm', { name: person.name })}</p>
      <button
        type="button"
        className="button--danger"
        aria-describedby={`${id}-confirm`}
        onClick={() => {
          if (removePerson(doc, person.id).ok) onRemoved(person.name);
        }}
      >
        {t('people.removeYes', { name: person.name })}
      </button>
      <button
        type="button"
        className="button--quiet"
        ref={focusWhenShown}
        aria-describedby={`${id}-confirm`}
        onClick={onCancel}
      >
        {t('people.cancel')}
      </button>
    </div>
  );
}
