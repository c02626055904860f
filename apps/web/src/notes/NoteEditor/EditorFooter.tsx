import { MAX_NOTE_TEXT_LENGTH } from '@avaa/board-model';
import { useT } from '../../i18n/index.ts';

/** The count of characters is shown once the text nears the limit. */
export const showsLength = (length: number) => length > MAX_NOTE_TEXT_LENGTH * 0.8;

/** Under the field: how to finish, the length near the limit, and Done. */
export function EditorFooter({ id, length, onDone }: { id: string; length: number; onDone: () => void }) {
  const t = useT();
  return (
    <div className="note-editor__footer">
      <span id={`${id}-hint`} className="note-editor__hint">
        {t('note.editorHint')}
      </span>
      {showsLength(length) && (
        <span id={`${id}-length`} className="note-editor__length">
          {t('note.length', { count: length, max: MAX_NOTE_TEXT_LENGTH })}
        </span>
      )}
      <button type="button" className="note-editor__done" onClick={onDone}>
        {t('note.done')}
      </button>
    </div>
  );
}
