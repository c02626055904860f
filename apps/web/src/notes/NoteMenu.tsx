import {
  type CellId,
  deleteNote,
  moveNote,
  type NoteId,
  type NoteView,
  notesInCell,
  restoreNote,
  stackMembers,
  unstackNotes,
} from '@avaa/board-model';
import { useContext, useRef, useState } from 'react';
import { focusAfterRender } from '../app/focusAfterRender.ts';
import { useInsideWindow } from '../app/useInsideWindow.ts';
import { useBoard } from '../board/BoardContext.ts';
import { cellControl } from '../board/cellControl.ts';
import { cellName } from '../board/names.ts';
import { stackOnto } from '../board/stackOnto.ts';
import { useMayDelete } from '../deleted/useMayDelete.ts';
import { useLanguage, useT } from '../i18n/index.ts';
import { StacksContext } from '../plenary/useStacks.ts';
import { useBoardUi } from '../state/boardUi.ts';
import { isFacilitator, WorkshopContext } from '../workshop/WorkshopContext.ts';
import { AgreementFromNote } from './AgreementFromNote.tsx';
import { MoveForm } from './MoveForm.tsx';
import { NoteSources } from './NoteSources.tsx';
import { NoteStyleFields } from './NoteStyleFields.tsx';
import { noteControl } from './noteControl.ts';
import { StackWithForm } from './StackWithForm.tsx';
import { useMenuClosing } from './useMenuClosing.ts';

/**
 * A note's actions: colour, kind, move, stack with another note (or split its stack) and delete;
 * on the common table the facilitator also makes an agreement item of it. A disclosure panel
 * (not an ARIA menu) right after its button, so Tab reaches it naturally; Escape, a click
 * outside or focus moving outside closes it (useMenuClosing). It opens inside the window (above its button at the bottom edge).
 */
export function NoteMenu({ note, panelId, onClose }: { note: NoteView; panelId: string; onClose: () => void }) {
  const t = useT();
  const language = useLanguage();
  const { doc, canAgree } = useBoard();
  const workshop = useContext(WorkshopContext);
  const members = useContext(StacksContext).get(note.id);
  const showToast = useBoardUi((state) => state.showToast);
  const [moving, setMoving] = useState(false);
  const [stacking, setStacking] = useState(false);
  const [agreeing, setAgreeing] = useState(false);
  const agreementFrom = canAgree && workshop && isFacilitator(workshop) ? workshop : null;
  const panel = useRef<HTMLDivElement>(null);
  // A form that closes returns focus to the button that opened it.
  const moveButton = useRef<HTMLButtonElement>(null);
  const stackButton = useRef<HTMLButtonElement>(null);
  const agreeButton = useRef<HTMLButtonElement>(null);
  const back = (close: () => void, opener: typeof moveButton) => () => {
    close();
    focusAfterRender(opener);
  };
  const mayDelete = useMayDelete(note);
  useInsideWindow(panel);

  useMenuClosing(panel, note.id, onClose);

  const remove = () => {
    const result = deleteNote(doc, note.id);
    onClose();
    if (!result.ok) return;
    showToast({
      message: t('note.deleted'),
      action: {
        label: t('toast.undo'),
        run: () => {
          restoreNote(doc, note.id);
          // Undone from the toast, whose button goes: to the note it brought back.
          focusAfterRender(() => noteControl(note.id, 'handle'), { onlyIfLost: true });
        },
      },
    });
    focusAfterRender(() => cellControl(note.cell, 'add'), { onlyIfLost: true });
  };

  const move = (cell: CellId, position: 'start' | 'end') => {
    const result = moveNote(doc, note.id, cell, position);
    onClose();
    if (result.ok) {
      showToast({ message: t('note.moved', { cell: cellName(cell, language) }) });
      focusAfterRender(() => noteControl(note.id, 'handle'));
    }
  };

  const stackWith = (head: NoteId) => {
    const result = stackOnto(doc, note.id, head);
    onClose();
    showToast({
      message: result.ok
        ? t('stackBy.done', { count: stackMembers(doc, head).length + 1 })
        : t(`error.${result.error}`),
    });
    if (result.ok) focusAfterRender(() => noteControl(head, 'menu'));
  };

  const split = () => {
    const result = unstackNotes(doc, note.id);
    onClose();
    if (!result.ok) return;
    showToast({ message: t('stack.split', { count: (members?.length ?? 0) + 1 }) });
    focusAfterRender(() => noteControl(note.id, 'menu'));
  };

  return (
    <div className="note-menu" id={panelId} ref={panel}>
      {moving ? (
        <MoveForm from={note.cell} onMove={move} onCancel={back(() => setMoving(false), moveButton)} />
      ) : stacking ? (
        <StackWithForm
          others={notesInCell(doc, note.cell).filter((other) => other.id !== note.id)}
          onStack={stackWith}
          onCancel={back(() => setStacking(false), stackButton)}
        />
      ) : agreeing && agreementFrom ? (
        <AgreementFromNote
          note={note}
          workshop={agreementFrom}
          onDone={() => {
            onClose();
            focusAfterRender(() => noteControl(note.id, 'menu'));
          }}
          onCancel={back(() => setAgreeing(false), agreeButton)}
        />
      ) : (
        <>
          <NoteSources note={note} />
          <NoteStyleFields note={note} />
          <div className="menu__actions">
            <button type="button" ref={moveButton} onClick={() => setMoving(true)}>
              {t('note.moveTo')}
            </button>
            <button type="button" ref={stackButton} onClick={() => setStacking(true)}>
              {t('stackBy.action')}
            </button>
            {members && (
              <button type="button" onClick={split}>
                {t('stack.splitButton')}
              </button>
            )}
            {agreementFrom && (
              <button type="button" ref={agreeButton} onClick={() => setAgreeing(true)}>
                {t('fromNote.action')}
              </button>
            )}
            <button
              type="button"
              className="button--danger"
              disabled={!mayDelete}
              aria-describedby={mayDelete ? undefined : `${panelId}-not-yours`}
              onClick={remove}
            >
              {t('note.delete')}
            </button>
          </div>
          {!mayDelete && (
            <p id={`${panelId}-not-yours`} className="note-menu__why">
              {t('deleted.notYours')}
            </p>
          )}
        </>
      )}
    </div>
  );
}
