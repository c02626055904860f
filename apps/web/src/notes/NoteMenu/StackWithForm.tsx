import type { NoteId, NoteView } from '@avaa/board-model';
import { useId, useState } from 'react';
import { focusWhenShown } from '../../app/focusWhenShown.ts';
import { noteLabel } from '../../board/names.ts';
import { useT } from '../../i18n/index.ts';

/**
 * "Stack with…": the way to stack a note without dragging (any input, any screen). Offers the
 * other notes shown in the note's cell; the chosen one stays on top and its text is the stack's.
 */
export function StackWithForm({
  others,
  onStack,
  onCancel,
}: {
  others: readonly NoteView[];
  onStack: (head: NoteId) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const id = useId();
  const [head, setHead] = useState<NoteId | undefined>(others[0]?.id);
  return (
    <form
      className="stack-with-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (head) onStack(head);
      }}
    >
      {others.length === 0 ? (
        <p className="menu__heading">{t('stackBy.none')}</p>
      ) : (
        <fieldset>
          <legend>{t('stackBy.legend')}</legend>
          {others.map((other, index) => (
            <label key={other.id} className="choice">
              <input
                type="radio"
                name={`${id}-head`}
                checked={head === other.id}
                onChange={() => setHead(other.id)}
                // The choice is where the keyboard lands when the form opens.
                ref={index === 0 ? focusWhenShown : undefined}
              />
              {noteLabel(other.text, 80)}
            </label>
          ))}
        </fieldset>
      )}
      <div className="menu__actions">
        {others.length > 0 && <button type="submit">{t('stackBy.submit')}</button>}
        <button type="button" className="button--quiet" onClick={onCancel}>
          {t('stackBy.cancel')}
        </button>
      </div>
    </form>
  );
}
