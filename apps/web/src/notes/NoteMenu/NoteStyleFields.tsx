import { NOTE_COLOURS, NOTE_KINDS, type NoteView, setNoteColour, setNoteKind } from '@avaa/board-model';
import { useId } from 'react';
import { useBoard } from '../../board/BoardContext.ts';
import { useT } from '../../i18n/index.ts';

/** A note's colour and kind, as radio groups in its menu. */
export function NoteStyleFields({ note }: { note: NoteView }) {
  const t = useT();
  const id = useId();
  const { doc } = useBoard();
  return (
    <>
      <fieldset className="note-menu__colours">
        <legend>{t('note.colour')}</legend>
        {NOTE_COLOURS.map((colour) => (
          <label key={colour} className="choice choice--swatch">
            <input
              type="radio"
              name={`${id}-colour`}
              checked={note.colour === colour}
              onChange={() => setNoteColour(doc, note.id, colour)}
            />
            <span className={`swatch note--${colour}`} aria-hidden="true" />
            {t(`colour.${colour}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('note.kind')}</legend>
        {NOTE_KINDS.map((kind) => (
          <label key={kind} className="choice">
            <input
              type="radio"
              name={`${id}-kind`}
              checked={note.kind === kind}
              onChange={() => setNoteKind(doc, note.id, kind)}
            />
            {t(`kind.${kind}`)}
          </label>
        ))}
      </fieldset>
    </>
  );
}
