import { notesByCell, notesMap } from '@avaa/board-model';
import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { type NotesByCell, shareNotes } from './shareNotes.ts';

export type { NotesByCell } from './shareNotes.ts';

/**
 * The board's live notes by cell, read straight from the Y.Doc. Snapshots share structure with
 * the previous one: an unchanged cell keeps its array and an unchanged note its object, so
 * memoised cells and notes re-render only when their own data changed. Every component reading
 * the same document shares one reading (one observer, one `notesByCell` per change).
 */
export function useNotesByCell(doc: Y.Doc): NotesByCell {
  const source = notesSource(doc);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}

/** The latest reading, for event handlers (outside render). */
export function currentNotes(doc: Y.Doc): NotesByCell {
  return notesSource(doc).getSnapshot();
}

type NotesSource = { subscribe(listener: () => void): () => void; getSnapshot(): NotesByCell };

const sources = new WeakMap<Y.Doc, NotesSource>();

function notesSource(doc: Y.Doc): NotesSource {
  const known = sources.get(doc);
  if (known) return known;
  const created = createNotesSource(doc);
  sources.set(doc, created);
  return created;
}

function createNotesSource(doc: Y.Doc): NotesSource {
  let snapshot: NotesByCell = notesByCell(doc);
  let stale = false;
  const listeners = new Set<() => void>();
  // Observed for the document's life (the source lives as long as it), so a component mounting
  // later never sees an old reading; with nobody listening a change only marks the reading stale.
  notesMap(doc).observeDeep(() => {
    stale = true;
    for (const listener of listeners) listener();
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot() {
      if (stale) {
        stale = false;
        snapshot = shareNotes(snapshot, notesByCell(doc));
      }
      return snapshot;
    },
  };
}
