import { type NoteId, normalizeNoteText, type OperationError, type Result } from '@avaa/board-model';
import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { useFollowDocText } from './useFollowDocText.ts';

/** kept: the document has the text; emptied: left empty; reverted: left with invalid text. */
export type EditorOutcome = 'kept' | 'emptied' | 'reverted';

/** How editing ended: by a key or the Done button, or by the pointer taking focus elsewhere. */
export type FinishedBy = 'keyboard' | 'pointer';

export type NoteEditing = {
  readonly field: RefObject<HTMLTextAreaElement | null>;
  readonly value: string;
  readonly error: OperationError | null;
  /** The field changed: valid text goes into the document at once, invalid text stays with its reason. */
  change(raw: string): void;
  /** Ends editing; unless `force`, text too long or with a bad character keeps the editor open. */
  finish(how: FinishedBy, force: boolean): void;
};

type Options = {
  readonly noteId: NoteId | null;
  readonly docText: string;
  readonly apply: (text: string) => Result<unknown>;
  readonly onFinish: (outcome: EditorOutcome, how: FinishedBy) => void;
};

/** The editing policy of a note's text: what is applied, what is kept back and when editing may end. */
export function useNoteEditing({ noteId, docText, apply, onFinish }: Options): NoteEditing {
  const [value, setValue] = useState(docText);
  const [error, setError] = useState<OperationError | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  // The document text our field agrees with, and the latest field state for the effects.
  const agreed = useRef(docText);
  const latest = useRef({ value, invalid: error !== null, error });
  latest.current = { value, invalid: error !== null, error };
  useFollowDocText(field, docText, latest, agreed, setValue);
  useFocusAtEnd(field);

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

  const finish = (how: FinishedBy, force: boolean) => {
    const { error: pending } = latest.current;
    // Too long or a bad character: keep the editor (and the text) until it is fixed or abandoned.
    if (pending !== null && pending !== 'empty-text' && !force) return;
    onFinish(pending === null ? 'kept' : pending === 'empty-text' ? 'emptied' : 'reverted', how);
  };

  return { field, value, error, change, finish };
}

/** The editor opens with the caret after the text. */
function useFocusAtEnd(field: RefObject<HTMLTextAreaElement | null>): void {
  useLayoutEffect(() => {
    const element = field.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, [field]);
}
