import { type BoardMeta, restoreNote } from '@avaa/board-model';
import type { PresenceWriter } from '@avaa/sync-client';
import { useEffect } from 'react';
import type * as Y from 'yjs';
import { useNotesByCell } from '../doc/useNotesByCell.ts';
import type { Translate } from '../i18n/index.ts';
import type { BoardUiStore } from '../state/boardUi.ts';
import { usePreferences } from '../state/preferences.ts';
import { notePlace } from './dropTarget.ts';

/** Tells others which note this person edits. */
export function usePresenceOfEditing(store: BoardUiStore, presence: PresenceWriter | null): void {
  useEffect(() => {
    if (!presence) return;
    const publish = () => presence.update({ editing: store.getState().editing?.noteId ?? null });
    publish();
    return store.subscribe((state, previous) => {
      if (state.editing !== previous.editing) publish();
    });
  }, [store, presence]);
}

/**
 * Keeps local UI state honest while the shared document changes: closes the editor (offering a
 * restore) or the menu if someone else deletes that note. A component of its own, so that
 * following the notes re-renders nothing else.
 */
export function DeletedNoteWatcher({ store, doc, t }: { store: BoardUiStore; doc: Y.Doc; t: Translate }): null {
  const notes = useNotesByCell(doc);
  useEffect(() => {
    const { editing, openMenu, edit, toggleMenu, showToast } = store.getState();
    if (openMenu && !notePlace(notes, openMenu)) toggleMenu(null);
    if (editing?.kind !== 'existing' || notePlace(notes, editing.noteId)) return;
    const id = editing.noteId;
    edit(null);
    showToast({
      message: t('note.deletedWhileEditing'),
      action: {
        label: t('note.restore'),
        run: () => {
          if (restoreNote(doc, id).ok) store.getState().edit({ kind: 'existing', noteId: id });
        },
      },
    });
  }, [notes, store, doc, t]);
  return null;
}

/** The browser tab shows the workshop's title; the workshop's language is the default UI one. */
export function useWorkshopTitle(meta: BoardMeta | undefined): void {
  const setWorkshopLanguage = usePreferences((state) => state.setWorkshopLanguage);
  useEffect(() => {
    if (!meta) return;
    document.title = `${meta.title} – Avaa`;
    // Back to what was there on leaving, not to none: the open workshop around a board set it
    // too (a Swedish workshop's next page turned Finnish when the board cleared it).
    const before = usePreferences.getState().workshopLanguage;
    setWorkshopLanguage(meta.language);
    return () => setWorkshopLanguage(before);
  }, [meta, setWorkshopLanguage]);
}
