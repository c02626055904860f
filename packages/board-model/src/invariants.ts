import * as Y from 'yjs';
import { isNoteId } from './ids.ts';
import { compareNotes, notesByCell, notesMap, readNote } from './schema.ts';

/**
 * What must hold on every board after any mix of operations and deliveries: each note sits in
 * exactly one valid cell with a valid key, and every cell has a strict order. Returns the
 * violations found (empty when the board is sound).
 */
export function boardViolations(doc: Y.Doc): string[] {
  const problems: string[] = [];
  notesMap(doc).forEach((note, id) => {
    if (!isNoteId(id) || !(note instanceof Y.Map) || !readNote(doc, id)) problems.push(`malformed note ${id}`);
  });
  const seen = new Set<string>();
  for (const [cell, notes] of notesByCell(doc)) {
    notes.forEach((note, i) => {
      if (seen.has(note.id)) problems.push(`note ${note.id} in more than one cell`);
      seen.add(note.id);
      const next = notes[i + 1];
      if (next && compareNotes(note, next) >= 0) problems.push(`cell ${cell} not strictly ordered at ${i}`);
    });
  }
  return problems;
}
