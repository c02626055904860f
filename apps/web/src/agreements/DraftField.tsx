import type { Result } from '@avaa/board-model';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useT } from '../i18n/index.ts';

type Props = {
  label: string;
  value: string;
  /** Writes the value; a refusal is shown under the field and the draft kept for fixing. */
  onSave: (value: string) => Result;
  type?: 'text' | 'date' | 'multiline';
  className?: string;
  /** How to write the value, shown in the empty field ("p.k.vvvv"). */
  placeholder?: string;
};

/**
 * A labelled field that saves when it loses focus or on Enter. While it is not being edited it
 * shows the document's value, so a change from another tab of the facilitator's appears.
 */
export function DraftField({ label, value, onSave, type = 'text', className, placeholder }: Props) {
  const t = useT();
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!editing) setDraft(value);
  }, [value, editing]);

  const save = () => {
    setEditing(false);
    if (draft === value) {
      setError(null);
      return;
    }
    const result = onSave(draft);
    setError(result.ok ? null : t(`error.${result.error}`));
  };
  const common = {
    id,
    value: draft,
    placeholder,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onFocus: () => setEditing(true),
    onBlur: save,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Enter' && !event.shiftKey) {
        event.preventDefault();
        save();
        setEditing(true);
      } else if (event.key === 'Escape') {
        setDraft(value);
        setError(null);
      }
    },
  };
  return (
    <div className={`draft-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {type === 'multiline' ? (
        <textarea {...common} rows={2} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input {...common} type={type} onChange={(event) => setDraft(event.target.value)} />
      )}
      <p id={`${id}-error`} className="draft-field__error" role="status">
        {error}
      </p>
    </div>
  );
}
