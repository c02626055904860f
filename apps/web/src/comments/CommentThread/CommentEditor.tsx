import { codePointLength, MAX_COMMENT_TEXT_LENGTH, type Result } from '@avaa/board-model';
import { type FormEvent, useId, useState } from 'react';
import { focusWhenShown } from '../../app/focusWhenShown.ts';
import { useT } from '../../i18n/index.ts';
import { PersonalDataWarning } from '../../notes/PersonalDataWarning.tsx';

type Props = {
  initial: string;
  submitLabel: string;
  /** Writes the comment; a refusal is shown under the field and the text kept. */
  onSubmit: (text: string) => Result<unknown>;
  onCancel?: () => void;
  autoFocus?: boolean;
};

/** A comment's text field: its limit and count, the personal-data reminder, send (or save) and cancel. */
export function CommentEditor({ initial, submitLabel, onSubmit, onCancel, autoFocus = false }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const length = codePointLength(text);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = onSubmit(text);
    if (result.ok) {
      setText('');
      setError(null);
    } else setError(t(`error.${result.error}`));
  };
  return (
    <form className="comment-editor" onSubmit={submit}>
      <label htmlFor={`${id}-text`}>{t('comments.field')}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={3}
        // The field is what an edit or a fresh thread is opened for.
        ref={autoFocus ? focusWhenShown : undefined}
        aria-describedby={`${id}-hint ${id}-privacy ${id}-error`}
        aria-invalid={error !== null || length > MAX_COMMENT_TEXT_LENGTH}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
      />
      <p id={`${id}-hint`} className="comment-editor__hint">
        {t('comments.fieldHint', { max: MAX_COMMENT_TEXT_LENGTH })}{' '}
        <span className={length > MAX_COMMENT_TEXT_LENGTH ? 'comment-editor__over' : undefined}>
          {t('comments.left', { count: length, max: MAX_COMMENT_TEXT_LENGTH })}
        </span>
      </p>
      <PersonalDataWarning id={`${id}-privacy`} text={text} />
      <p id={`${id}-error`} className="comment-editor__error" role="alert">
        {error}
      </p>
      <div className="comment-editor__buttons">
        <button type="submit">{submitLabel}</button>
        {onCancel && (
          <button type="button" className="button--quiet" onClick={onCancel}>
            {t('comments.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
