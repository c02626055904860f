import type { NoteId, OperationError, Result } from '@avaa/board-model';
import { type KeyboardEvent, type RefObject, useEffect, useId, useRef } from 'react';
import { useT } from '../../i18n/index.ts';
import { PersonalDataWarning } from '../PersonalDataWarning.tsx';
import { EditorFooter, showsLength } from './EditorFooter.tsx';
import { type EditorOutcome, type FinishedBy, useNoteEditing } from './useNoteEditing.ts';

type Props = {
  readonly noteId: NoteId | null;
  /** The note's text in the document ('' before a new note exists). */
  readonly docText: string;
  readonly label: string;
  /** Writes valid text into the document (creating the note if it does not exist yet). */
  readonly apply: (text: string) => Result<unknown>;
  readonly onFinish: (outcome: EditorOutcome, how: FinishedBy) => void;
};

/**
 * Edits a note in place. Every valid keystroke goes straight into the Y.Text, so others see it
 * live; invalid text (empty, too long, control characters) stays in the field with the reason
 * shown and is not applied (useNoteEditing). Others' typing in the same note flows in while our
 * text is valid; while it is not, our text wins and nothing typed is thrown away.
 */
export function NoteEditor({ noteId, docText, label, apply, onFinish }: Props) {
  const t = useT();
  const id = useId();
  const container = useRef<HTMLDivElement>(null);
  const { field, value, error, change, finish } = useNoteEditing({ noteId, docText, apply, onFinish });
  const length = Array.from(value).length;
  useReasonInSight(container, error);

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
        aria-describedby={describedBy(id, error, length)}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => finishByKey(event, finish)}
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
      <EditorFooter id={id} length={length} onDone={() => finish('keyboard', false)} />
    </div>
  );
}

/**
 * A refused text's reason, its count and Done are brought into sight (a long text grew the
 * editor past a projector-sized screen's foot, where only the red border showed).
 */
function useReasonInSight(container: RefObject<HTMLDivElement | null>, error: OperationError | null): void {
  useEffect(() => {
    if (error) container.current?.scrollIntoView({ block: 'nearest' });
  }, [container, error]);
}

/** Escape leaves whatever the text; Enter (not Shift+Enter, not while composing) saves it. */
function finishByKey(event: KeyboardEvent, finish: (how: FinishedBy, force: boolean) => void): void {
  if (event.key === 'Escape') {
    event.preventDefault();
    finish('keyboard', true);
  } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
    event.preventDefault();
    finish('keyboard', false);
  }
}

function describedBy(id: string, error: OperationError | null, length: number): string {
  const parts = [`${id}-hint`, error ? `${id}-error` : '', showsLength(length) ? `${id}-length` : '', `${id}-privacy`];
  return parts.filter(Boolean).join(' ');
}
