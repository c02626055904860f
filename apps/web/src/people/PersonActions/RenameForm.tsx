import { type PersonView, renamePerson, validatePersonName } from '@avaa/board-model';
import { useId, useState } from 'react';
import { focusWhenShown } from '../../app/focusWhenShown.ts';
import type { JoinFieldError } from '../../app/joinApi.ts';
import { useT } from '../../i18n/index.ts';
import { useWorkshop } from '../../workshop/WorkshopContext.ts';

/** A person's name edited in place; a name the rules refuse is explained beside the field. */
export function RenameForm({ person, onDone }: { person: PersonView; onDone: () => void }) {
  const t = useT();
  const id = useId();
  const { doc } = useWorkshop();
  const [name, setName] = useState(person.name);
  const [error, setError] = useState<JoinFieldError | null>(null);
  return (
    <form
      className="person__rename"
      onSubmit={(event) => {
        event.preventDefault();
        const valid = validatePersonName(name);
        if (!valid.ok) return setError(valid.error as JoinFieldError);
        renamePerson(doc, person.id, valid.value);
        onDone();
      }}
    >
      <label htmlFor={`${id}-name`} className="visually-hidden">
        {t('people.newName', { name: person.name })}
      </label>
      <input
        id={`${id}-name`}
        value={name}
        ref={focusWhenShown}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onDone();
        }}
      />
      <button type="submit">{t('people.save')}</button>
      <button type="button" className="button--quiet" onClick={onDone}>
        {t('people.cancel')}
      </button>
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {t(`join.error.${error}`)}
        </p>
      )}
    </form>
  );
}
