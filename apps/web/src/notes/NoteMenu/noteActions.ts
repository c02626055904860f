import {
  type CellId,
  deleteNote,
  type Language,
  moveNote,
  type NoteId,
  type NoteView,
  restoreNote,
  stackMembers,
  unstackNotes,
} from '@avaa/board-model';
import type * as Y from 'yjs';
import { focusAfterRender } from '../../app/focusAfterRender.ts';
import { cellControl } from '../../board/cellControl.ts';
import { cellName } from '../../board/names.ts';
import { stackOnto } from '../../board/stackOnto.ts';
import type { Translate } from '../../i18n/index.ts';
import type { BoardUiState } from '../../state/boardUi.ts';
import { noteControl } from '../noteControl.ts';

/** What a menu action needs: the document, words, the toasts and the menu's closing. */
export type ActionContext = {
  readonly doc: Y.Doc;
  readonly t: Translate;
  readonly language: Language;
  readonly showToast: BoardUiState['showToast'];
  /** Closes the menu: every action does, whether it succeeded or not. */
  readonly close: () => void;
};

/*
 * The menu's actions on a note: each changes the document once, says what happened in a toast
 * and, since the pressed control goes away with the menu, puts the focus where the note now is.
 */

export function removeNote({ doc, t, showToast, close }: ActionContext, note: NoteView): void {
  const result = deleteNote(doc, note.id);
  close();
  if (!result.ok) return;
  const undo = () => {
    restoreNote(doc, note.id);
    // Undone from the toast, whose button goes: to the note it brought back.
    focusAfterRender(() => noteControl(note.id, 'handle'), { onlyIfLost: true });
  };
  showToast({ message: t('note.deleted'), action: { label: t('toast.undo'), run: undo } });
  focusAfterRender(() => cellControl(note.cell, 'add'), { onlyIfLost: true });
}

export function moveTo(context: ActionContext, note: NoteView, cell: CellId, position: 'start' | 'end'): void {
  const result = moveNote(context.doc, note.id, cell, position);
  context.close();
  if (!result.ok) return;
  context.showToast({ message: context.t('note.moved', { cell: cellName(cell, context.language) }) });
  focusAfterRender(() => noteControl(note.id, 'handle'));
}

export function stackWith({ doc, t, showToast, close }: ActionContext, note: NoteView, head: NoteId): void {
  const result = stackOnto(doc, note.id, head);
  close();
  showToast({
    message: result.ok ? t('stackBy.done', { count: stackMembers(doc, head).length + 1 }) : t(`error.${result.error}`),
  });
  if (result.ok) focusAfterRender(() => noteControl(head, 'menu'));
}

/** Splits the stack `note` heads; `members` are the notes stacked under it. */
export function splitStack({ doc, t, showToast, close }: ActionContext, note: NoteView, members: number): void {
  const result = unstackNotes(doc, note.id);
  close();
  if (!result.ok) return;
  showToast({ message: t('stack.split', { count: members + 1 }) });
  focusAfterRender(() => noteControl(note.id, 'menu'));
}
