import { type CellId, type NoteId, type NoteView, notesByCell } from '@avaa/board-model';
import * as Y from 'yjs';
import type { NotesByCell } from '../doc/useNotesByCell.ts';

/** A note for the board's pure tests: its id is also its text. */
export function testNote(id: string, cell: CellId, key: string): NoteView {
  return {
    id: id as NoteId,
    text: id,
    cell,
    key,
    colour: 'yellow',
    kind: 'note',
    createdAt: 0,
    deleted: false,
    sources: [],
  };
}

/** Every cell of the table, each empty. */
export function emptyBoard(): NotesByCell {
  return new Map([...notesByCell(new Y.Doc())].map(([cell]) => [cell, []]));
}
