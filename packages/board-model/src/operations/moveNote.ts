import * as Y from 'yjs';
import { cryptoRandom, type NoteId } from '../ids.ts';
import { fail, ok, type Result } from '../result.ts';
import { type CellId, isCellId } from '../template.ts';
import type { OperationOptions } from './createNote.ts';
import { liveNote } from './liveNote.ts';
import { keyForPosition, type Position } from './position.ts';

/**
 * Moves a note to `position` in `cell` (the same cell reorders). Cell and key are written as one
 * value, so concurrent moves of one note leave it in exactly one place: the last writer's.
 */
export function moveNote(
  doc: Y.Doc,
  id: NoteId,
  cell: CellId,
  position: Position,
  options: OperationOptions = {},
): Result {
  if (!isCellId(cell)) return fail('unknown-cell');
  const note = liveNote(doc, id);
  if (!(note instanceof Y.Map)) return note;
  doc.transact(() => {
    const key = keyForPosition(doc, cell, position, id, options.random ?? cryptoRandom);
    note.set('placement', { cell, key });
  });
  return ok();
}
