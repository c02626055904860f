import { MAX_PERSON_NAME_LENGTH } from '@avaa/board-model';
import { useT } from '../../i18n/index.ts';

/** The display name, with its hint; `errorId` names the form's error when it is about the name. */
export function NameField({
  id,
  name,
  onName,
  errorId,
}: {
  id: string;
  name: string;
  onName: (name: string) => void;
  errorId: string | null;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`${id}-name`}>{t('join.name')}</label>
      <input
        id={`${id}-name`}
        value={name}
        maxLength={MAX_PERSON_NAME_LENGTH}
        autoComplete="name"
        required
        aria-invalid={errorId !== null}
        aria-describedby={`${id}-name-hint${errorId ? ` ${errorId}` : ''}`}
        onChange={(event) => onName(event.target.value)}
      />
      <p id={`${id}-name-hint`} className="field__hint">
        {t('join.nameHint')}
      </p>
    </div>
  );
}
