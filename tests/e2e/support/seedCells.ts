import { type CellId, createNote, type NoteKind } from '@avaa/board-model';
import { connectBoard } from '@avaa/sync-client';
import * as Y from 'yjs';

export type SeedNote = { readonly cell: CellId; readonly text: string; readonly kind?: NoteKind };

/**
 * Writes the given notes on a board with a stock Yjs client (the facilitator's token), through
 * the board-model operations: a board shaped for a test (some cells full, some thin, some empty).
 */
export async function seedCells(syncUrl: string, board: string, token: string, notes: readonly SeedNote[]) {
  const doc = new Y.Doc();
  const connection = connectBoard({ url: syncUrl, board, token, doc, followBrowserOnline: false });
  const start = Date.now();
  while (connection.status.getSnapshot().state !== 'live') {
    if (Date.now() - start > 5000) throw new Error('seeding client never synced');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  for (const note of notes) {
    const created = createNote(doc, note.cell, { text: note.text, ...(note.kind ? { kind: note.kind } : {}) });
    if (!created.ok) throw new Error(created.error);
  }
  // Let the updates flush before closing the socket.
  await new Promise((resolve) => setTimeout(resolve, 500));
  connection.destroy();
  doc.destroy();
}
