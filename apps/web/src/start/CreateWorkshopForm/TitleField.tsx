import { MAX_WORKSHOP_TITLE_LENGTH } from '@avaa/protocol';
import { useT } from '../../i18n/index.ts';

/** The workshop's title, with its hint; `errorId` names the form's error when it is about the title. */
export function TitleField({
  id,
  title,
  onTitle,
  errorId,
}: {
  id: string;
  title: string;
  onTitle: (title: string) => void;
  errorId: string | null;
}) {
  const t = useT();
  return (
    <div className="field">
      <label htmlFor={`${id}-title`}>{t('start.form.title')}</label>
      <input
        id={`${id}-title`}
        value={title}
        maxLength={MAX_WORKSHOP_TITLE_LENGTH}
        required
        aria-invalid={errorId !== null}
        aria-describedby={`${id}-hint${errorId ? ` ${errorId}` : ''}`}
        onChange={(event) => onTitle(event.target.value)}
      />
      <p id={`${id}-hint`} className="field__hint">
        {t('start.form.titleHint')}
      </p>
    </div>
  );
}
