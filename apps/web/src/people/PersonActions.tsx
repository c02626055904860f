import { type PersonView, removePerson, renamePerson, validatePersonName } from '@avaa/board-model';
import { useId, useState } from 'react';
import type { JoinFieldError } from '../app/joinApi.ts';
import { useT } from '../i18n/index.ts';
import { focusSoon } from '../notes/focusSoon.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';

type Mode = 'idle' | 'renaming' | 'removing';

/** Rename in place, and remove after saying what it means; focus goes back where it belongs. */
export function PersonActions({ person, onRemoved }: { person: PersonView; onRemoved: (name: string) => void }) {
  const t = useT();
  const id = useId();
  const { doc } = useWorkshop();
  const [mode, setMode] = useState<Mode>('idle');
  const [name, setName] = useState(person.name);
  const [error, setError] = useState<JoinFieldError | null>(null);
  const row = `[data-person="${person.id}"]`;

  const back = (button: 'rename' | 'remove') => {
    setMode('idle');
    setError(null);
    focusSoon(`${row} .person__${button}-button`, true);
  };

  if (mode === 'renaming') {
    return (
      <form
        className="person__rename"
        onSubmit={(event) => {
          event.preventDefault();
          const valid = validatePersonName(name);
          if (!valid.ok) return setError(valid.error as JoinFieldError);
          renamePerson(doc, person.id, valid.value);
          back('rename');
        }}
      >
        <label htmlFor={`${id}-name`} className="visually-hidden">
          {t('people.newName', { name: person.name })}
        </label>
        <input
          id={`${id}-name`}
          value={name}
          // biome-ignore lint/a11y/noAutofocus: the field the person just asked for.
          autoFocus
          aria-invalid={error !== null}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') back('rename');
          }}
        />
        <button type="submit">{t('people.save')}</button>
        <button type="button" className="button--quiet" onClick={() => back('rename')}>
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

  if (mode === 'removing') {
    return (
      <div className="person__confirm">
        <p id={`${id}-confirm`}>{t('people.removeConfirm', { name: person.name })}</p>
        <button
          type="button"
          className="button--danger"
          // biome-ignore lint/a11y/noAutofocus: the confirmation the person just asked for.
          autoFocus
          aria-describedby={`${id}-confirm`}
          onClick={() => {
            if (removePerson(doc, person.id).ok) onRemoved(person.name);
          }}
        >
          {t('people.removeYes', { name: person.name })}
        </button>
        <button type="button" className="button--quiet" onClick={() => back('remove')}>
          {t('people.cancel')}
        </button>
      </div>
    );
  }

  return (
    <div className="person__actions">
      <button
        type="button"
        className="person__rename-button"
        aria-label={t('people.renameNamed', { name: person.name })}
        onClick={() => {
          setName(person.name);
          setMode('renaming');
        }}
      >
        {t('people.rename')}
      </button>
      <button
        type="button"
        className="button--danger person__remove-button"
        aria-label={t('people.removeNamed', { name: person.name })}
        onClick={() => setMode('removing')}
      >
        {t('people.remove')}
      </button>
    </div>
  );
}
