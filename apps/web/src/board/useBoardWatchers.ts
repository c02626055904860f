import { type BoardMeta, restoreNote } from '@avaa/board-model';
import type { PresenceWriter } from '@avaa/workshop-client';
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

/**
 * The browser tab names the page and the workshop ("Gemensam tabell – Navigatorn Kotka – Avaa",
 * 2.4.2) in the UI language; the workshop's language is the default UI one.
 */
export function useWorkshopTitle(meta: BoardMeta | undefined, page: string): void {
  const setWorkshopLanguage = usePreferences((state) => state.setWorkshopLanguage);
  // Set, never reset here: leaving one board for another page of the workshop keeps its
  // language (OpenWorkshop, which holds the workshop, resets it when it closes).
  useEffect(() => {
    if (meta) setWorkshopLanguage(meta.language);
  }, [meta, setWorkshopLanguage]);
  useEffect(() => {
    if (meta) document.title = `${page} – ${meta.title} – Avaa`;
  }, [meta, page]);
}
