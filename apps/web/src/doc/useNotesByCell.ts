import { type CellId, type NoteView, notesByCell, notesMap } from '@avaa/board-model';
import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

export type NotesByCell = ReadonlyMap<CellId, readonly NoteView[]>;

/**
 * The board's live notes by cell, read straight from the Y.Doc. Snapshots share structure with
 * the previous one: an unchanged cell keeps its array and an unchanged note its object, so
 * memoised cells and notes re-render only when their own data changed.
 */
export function useNotesByCell(doc: Y.Doc): NotesByCell {
  const source = useMemo(() => notesSource(doc), [doc]);
  return useSyncExternalStore(source.subscribe, source.getSnapshot);
}

function notesSource(doc: Y.Doc) {
  let snapshot: NotesByCell = notesByCell(doc);
  let stale = false;
  return {
    subscribe(listener: () => void) {
      const onChange = () => {
        stale = true;
        listener();
      };
      notesMap(doc).observeDeep(onChange);
      // The document may have changed between the first render and this subscription.
      stale = true;
      return () => notesMap(doc).unobserveDeep(onChange);
    },
    getSnapshot(): NotesByCell {
      if (stale) {
        stale = false;
        snapshot = share(snapshot, notesByCell(doc));
      }
      return snapshot;
    },
  };
}

function share(previous: NotesByCell, next: Map<CellId, NoteView[]>): NotesByCell {
  const previousNotes = new Map<string, NoteView>();
  for (const notes of previous.values()) for (const note of notes) previousNotes.set(note.id, note);
  let changed = false;
  const result = new Map<CellId, readonly NoteView[]>();
  for (const [cell, notes] of next) {
    const reused = notes.map((note) => {
      const old = previousNotes.get(note.id);
      return old && sameNote(old, note) ? old : note;
    });
    const old = previous.get(cell);
    const same = old !== undefined && old.length === reused.length && old.every((note, i) => note === reused[i]);
    if (!same) changed = true;
    result.set(cell, same ? old : reused);
  }
  return changed ? result : previous;
}

function sameNote(a: NoteView, b: NoteView): boolean {
  return (
    a.text === b.text &&
    a.cell === b.cell &&
    a.key === b.key &&
    a.colour === b.colour &&
    a.kind === b.kind &&
    a.deleted === b.deleted &&
    a.createdAt === b.createdAt &&
    a.stackedInto === b.stackedInto &&
    sameSources(a.sources, b.sources)
  );
}

function sameSources(a: NoteView['sources'], b: NoteView['sources']): boolean {
  return (
    a.length === b.length &&
    a.every((source, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        source.group === other.group &&
        source.note === other.note &&
        source.text === other.text &&
        source.colour === other.colour &&
        source.kind === other.kind
      );
    })
  );
}
