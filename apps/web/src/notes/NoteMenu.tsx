import {
  type CellId,
  deleteNote,
  moveNote,
  NOTE_COLOURS,
  NOTE_KINDS,
  type NoteView,
  restoreNote,
  setNoteColour,
  setNoteKind,
} from '@avaa/board-model';
import { useContext, useEffect, useId, useRef, useState } from 'react';
import { useBoard } from '../board/BoardContext.ts';
import { cellName } from '../board/names.ts';
import { useMayDelete } from '../deleted/useMayDelete.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { isFacilitator, WorkshopContext } from '../workshop/WorkshopContext.ts';
import { AgreementFromNote } from './AgreementFromNote.tsx';
import { focusSoon } from './focusSoon.ts';
import { MoveForm } from './MoveForm.tsx';
import { NoteSources } from './NoteSources.tsx';

/**
 * A note's actions: colour, kind, move and delete; on the common table the facilitator also
 * makes an agreement item of it. A disclosure panel (not an ARIA menu) right
 * after its button, so Tab reaches it naturally; Escape or a click outside closes it.
 */
export function NoteMenu({ note, panelId, onClose }: { note: NoteView; panelId: string; onClose: () => void }) {
  const t = useT();
  const language = useLanguage();
  const id = useId();
  const { doc, canStack } = useBoard();
  const workshop = useContext(WorkshopContext);
  const showToast = useBoardUi((state) => state.showToast);
  const [moving, setMoving] = useState(false);
  const [agreeing, setAgreeing] = useState(false);
  // `canStack` is exactly "the facilitator on the common table", where agreements come from.
  const agreementFrom = canStack && workshop && isFacilitator(workshop) ? workshop : null;
  const panel = useRef<HTMLDivElement>(null);
  const mayDelete = useMayDelete(note);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const item = panel.current?.closest('li');
      if (item && !item.contains(event.target as Node)) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  const remove = () => {
    const result = deleteNote(doc, note.id);
    onClose();
    if (!result.ok) return;
    showToast({
      message: t('note.deleted'),
      action: { label: t('toast.undo'), run: () => restoreNote(doc, note.id) },
    });
    focusSoon(`[data-cell="${note.cell}"] .cell__add`);
  };

  const move = (cell: CellId, position: 'start' | 'end') => {
    const result = moveNote(doc, note.id, cell, position);
    onClose();
    if (result.ok) {
      showToast({ message: t('note.moved', { cell: cellName(cell, language) }) });
      focusSoon(`[data-note-id="${note.id}"] .note__handle`, true);
    }
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the panel from any control inside it.
    <div
      className="note-menu"
      id={panelId}
      ref={panel}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        onClose();
        focusSoon(`[data-note-id="${note.id}"] .note__menu-button`, true);
      }}
    >
      {moving ? (
        <MoveForm from={note.cell} onMove={move} onCancel={() => setMoving(false)} />
      ) : agreeing && agreementFrom ? (
        <AgreementFromNote
          note={note}
          workshop={agreementFrom}
          onDone={() => {
            onClose();
            focusSoon(`[data-note-id="${note.id}"] .note__menu-button`, true);
          }}
          onCancel={() => setAgreeing(false)}
        />
      ) : (
        <>
          <NoteSources note={note} />
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
          <div className="menu__actions">
            <button type="button" onClick={() => setMoving(true)}>
              {t('note.moveTo')}
            </button>
            {agreementFrom && (
              <button type="button" onClick={() => setAgreeing(true)}>
                {t('fromNote.action')}
              </button>
            )}
            <button
              type="button"
              className="button--danger"
              disabled={!mayDelete}
              aria-describedby={mayDelete ? undefined : `${id}-not-yours`}
              onClick={remove}
            >
              {t('note.delete')}
            </button>
          </div>
          {!mayDelete && (
            <p id={`${id}-not-yours`} className="note-menu__why">
              {t('deleted.notYours')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
