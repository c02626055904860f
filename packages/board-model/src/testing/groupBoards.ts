import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import type { NewNote } from '../operations/createNote.ts';
import { notesMap } from '../schema.ts';
import type { CellId } from '../template.ts';
import { addNote, seededBoard } from './board.ts';

export type BoardNote = readonly [CellId, string | NewNote];

/** A seeded board holding `notes` in the order given; ids come from seeds `seed`, `seed + 1`, ... */
export function boardWith(notes: readonly BoardNote[], seed = 1): { doc: Y.Doc; ids: NoteId[] } {
  const doc = seededBoard();
  return { doc, ids: addNotes(doc, notes, seed) };
}

export function addNotes(doc: Y.Doc, notes: readonly BoardNote[], seed: number): NoteId[] {
  return notes.map(([cell, note], i) => addNote(doc, cell, note, seed + i));
}

/** Counts the updates a document emits from now on, as a provider would send them. */
export function updateCounter(doc: Y.Doc): () => number {
  let count = 0;
  doc.on('update', () => {
    count++;
  });
  return () => count;
}

/** The ids of the notes that record a source, with the source keys each records. */
export function recordedKeys(doc: Y.Doc): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  notesMap(doc).forEach((note, id) => {
    const sources = note.get('sources');
    if (sources instanceof Y.Map) keys.set(id, [...sources.keys()]);
  });
  return keys;
}
