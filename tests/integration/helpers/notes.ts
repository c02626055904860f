import { type CellId, createNote, notesInCell } from '@avaa/board-model';
import type * as Y from 'yjs';
import type { Client } from './clients.ts';

/** The cell the sync tests write into. */
export const TEST_CELL: CellId = 'start:services';

export const textsIn = (doc: Y.Doc, cell: CellId = TEST_CELL) => notesInCell(doc, cell).map((note) => note.text);

/** A note through the domain operation; throws if the operation refuses it. */
export function writeNote(client: Client, text: string, cell: CellId = TEST_CELL): void {
  const created = createNote(client.doc, cell, { text });
  if (!created.ok) throw new Error(created.error);
}
