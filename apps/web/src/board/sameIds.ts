import type { NoteId, NoteView } from '@avaa/board-model';

/** Whether `ids` lists exactly `notes`' ids, in order (a cell's order unchanged by an edit). */
export function sameIds(ids: readonly NoteId[], notes: readonly NoteView[]): boolean {
  return ids.length === notes.length && notes.every((note, index) => note.id === ids[index]);
}
