import { textChange } from '@avaa/board-model';
import { type RefObject, useLayoutEffect, useRef } from 'react';

type Field = {
  readonly value: string;
  /** Whether the field's text is invalid (and so not in the document). */
  readonly invalid: boolean;
};

/**
 * Lets others' typing in the same note flow into the field while our text is valid, keeping
 * the caret on the same character; while our text is invalid, ours wins. `agreed` is the
 * document text the field agrees with (the editor sets it when it applies its own text).
 */
export function useFollowDocText(
  element: RefObject<HTMLTextAreaElement | null>,
  docText: string,
  field: RefObject<Field>,
  agreed: RefObject<string>,
  setValue: (value: string) => void,
): void {
  const caret = useRef<[number, number] | null>(null);

  useLayoutEffect(() => {
    if (docText === agreed.current) return;
    agreed.current = docText;
    const { value: current, invalid } = field.current;
    if (invalid || current === docText) return;
    const textarea = element.current;
    if (textarea) caret.current = shiftSelection(current, docText, textarea.selectionStart, textarea.selectionEnd);
    setValue(docText);
  }, [docText, element, field, agreed, setValue]);

  const value = field.current.value;
  // After the field shows the document's text: the caret back where it was.
  useLayoutEffect(() => {
    if (caret.current && element.current && value === element.current.value) {
      element.current.setSelectionRange(...caret.current);
      caret.current = null;
    }
  }, [value, element]);
}

/** Keeps the caret on the same character when someone else's edit lands before it. */
function shiftSelection(before: string, after: string, start: number, end: number): [number, number] {
  const { start: at, removed, inserted } = textChange(before, after);
  const delta = inserted.length - removed;
  const shift = (position: number) => (position <= at ? position : Math.max(at, position + delta));
  return [shift(start), shift(end)];
}
