import {
  MAX_NOTE_TEXT_LENGTH,
  type NoteId,
  normalizeNoteText,
  type OperationError,
  type Result,
  textChange,
} from '@avaa/board-model';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useT } from '../i18n/index.ts';
import { PersonalDataWarning } from './PersonalDataWarning.tsx';

/** kept: the document has the text; emptied: left empty; reverted: left with invalid text. */
export type EditorOutcome = 'kept' | 'emptied' | 'reverted';

type Props = {
  readonly noteId: NoteId | null;
  /** The note's text in the document ('' before a new note exists). */
  readonly docText: string;
  readonly label: string;
  /** Writes valid text into the document (creating the note if it does not exist yet). */
  readonly apply: (text: string) => Result<unknown>;
  readonly onFinish: (outcome: EditorOutcome, how: 'keyboard' | 'pointer') => void;
};

/**
 * Edits a note in place. Every valid keystroke goes straight into the Y.Text, so others see it
 * live; invalid text (empty, too long, control characters) stays in the field with the reason
 * shown and is not applied. Others' typing in the same note flows in while our text is valid;
 * while it is not, our text wins and nothing typed is thrown away.
 */
export function NoteEditor({ noteId, docText, label, apply, onFinish }: Props) {
  const t = useT();
  const id = useId();
  const [value, setValue] = useState(docText);
  const [error, setError] = useState<OperationError | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const container = useRef<HTMLDivElement>(null);
  // The document text our field agrees with, and the latest field state for the effects below.
  const agreed = useRef(docText);
  const latest = useRef({ value, error });
  latest.current = { value, error };
  const caret = useRef<[number, number] | null>(null);

  useLayoutEffect(() => {
    if (docText === agreed.current) return;
    agreed.current = docText;
    const { value: current, error: pending } = latest.current;
    if (pending !== null || current === docText) return;
    const element = field.current;
    if (element) caret.current = shiftSelection(current, docText, element.selectionStart, element.selectionEnd);
    setValue(docText);
  }, [docText]);

  useLayoutEffect(() => {
    if (caret.current && field.current && value === field.current.value) {
      field.current.setSelectionRange(...caret.current);
      caret.current = null;
    }
  }, [value]);

  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, []);

  const change = (raw: string) => {
    const text = normalizeNoteText(raw);
    setValue(text);
    const result = apply(text);
    if (result.ok) {
      agreed.current = text;
      setError(null);
    } else {
      // An untouched new note is simply empty, not wrong.
      setError(result.error === 'empty-text' && noteId === null ? null : result.error);
    }
  };

  const finish = (how: 'keyboard' | 'pointer', force: boolean) => {
    const { error: pending } = latest.current;
    // Too long or a bad character: keep the editor (and the text) until it is fixed or abandoned.
    if (pending !== null && pending !== 'empty-text' && !force) return;
    onFinish(pending === null ? 'kept' : pending === 'empty-text' ? 'emptied' : 'reverted', how);
  };

  const length = Array.from(value).length;
  const describedBy = [
    `${id}-hint`,
    error ? `${id}-error` : '',
    length > MAX_NOTE_TEXT_LENGTH * 0.8 ? `${id}-length` : '',
    `${id}-privacy`,
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className="note-editor" ref={container}>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        id={id}
        ref={field}
        className="note-editor__field"
        value={value}
        rows={2}
        aria-invalid={error !== null}
        aria-describedby={describedBy}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            finish('keyboard', true);
          } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            finish('keyboard', false);
          }
        }}
        onBlur={(event) => {
          if (container.current?.contains(event.relatedTarget as Node | null)) return;
          finish('pointer', false);
        }}
      />
      {error && (
        <p id={`${id}-error`} className="note-editor__error" role="alert">
          {t(`error.${error}`)}
        </p>
      )}
      <PersonalDataWarning id={`${id}-privacy`} text={value} />
      <div className="note-editor__footer">
        <span id={`${id}-hint`} className="note-editor__hint">
          {t('note.editorHint')}
        </span>
        {length > MAX_NOTE_TEXT_LENGTH * 0.8 && (
          <span id={`${id}-length`} className="note-editor__length">
            {t('note.length', { count: length, max: MAX_NOTE_TEXT_LENGTH })}
          </span>
        )}
        <button type="button" className="note-editor__done" onClick={() => finish('keyboard', false)}>
          {t('note.done')}
        </button>
      </div>
    </div>
  );
}

/** Keeps the caret on the same character when someone else's edit lands before it. */
function shiftSelection(before: string, after: string, start: number, end: number): [number, number] {
  const { start: at, removed, inserted } = textChange(before, after);
  const delta = inserted.length - removed;
  const shift = (position: number) => (position <= at ? position : Math.max(at, position + delta));
  return [shift(start), shift(end)];
}
