import { addStep, createNote, createPath, type NoteId, type PathId, readPath, readPaths } from '@avaa/board-model';
import * as Y from 'yjs';

/**
 * A board for the drawing tests, through the real operations: four notes in three phases and a
 * path "Kertakävijä" through the first two.
 */
export function boardWithPath() {
  const doc = new Y.Doc();
  let clock = 1000;
  // Paths are ordered by creation time: a clock that ticks keeps them in the order made.
  const options = { now: () => clock++ };
  const note = (cell: 'before:services' | 'start:services' | 'during:collaboration', text: string): NoteId => {
    const made = createNote(doc, cell, { text }, options);
    if (!made.ok) throw new Error(made.error);
    return made.value;
  };
  const some = note('before:services', 'Some-kanavat nuorille');
  const walkIn = note('start:services', 'Walk-in-ohjaus');
  const dropIn = note('start:services', 'Matalan kynnyksen päivystys');
  const network = note('during:collaboration', 'Verkostopalaveri');
  const made = createPath(doc, { name: 'Kertakävijä' }, options);
  if (!made.ok) throw new Error(made.error);
  const path: PathId = made.value;
  for (const noteId of [some, walkIn]) addStep(doc, path, { noteId }, options);
  const view = () => {
    const found = readPath(doc, path);
    if (!found) throw new Error('path gone');
    return found;
  };
  return { doc, path, notes: { some, walkIn, dropIn, network }, view, all: () => readPaths(doc), options };
}
