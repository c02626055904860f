import { isNoteId, type NoteView } from '@avaa/board-model';
import type { Active, Over } from '@dnd-kit/core';
import type * as Y from 'yjs';
import { currentNotes, type NotesByCell } from '../../doc/useNotesByCell.ts';
import { type DropTarget, dropTarget, notePlace } from '../dropTarget.ts';

/** Where the note would land; by keyboard, over a note of another cell always means before it. */
export function target(doc: Y.Doc, active: Active, over: Over | null, byKeyboard: boolean): DropTarget | null {
  if (!over || !isNoteId(active.id)) return null;
  const notes = currentNotes(doc);
  if (over.id === active.id) return notePlace(notes, active.id);
  const rect = byKeyboard ? null : active.rect.current.translated;
  return dropTarget(notes, active.id, String(over.id), rect, over.rect);
}

/** The dragged note as it is in the document now. */
export function findNote(doc: Y.Doc, id: Active['id']): NoteView | undefined {
  return findIn(currentNotes(doc), id);
}

function findIn(notes: NotesByCell, id: Active['id']): NoteView | undefined {
  for (const list of notes.values()) {
    const note = list.find((candidate) => candidate.id === id);
    if (note) return note;
  }
  return undefined;
}
