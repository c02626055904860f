import type * as Y from 'yjs';
import type { NoteId, RandomSource } from '../ids.ts';
import { createNote } from '../operations/createNote.ts';
import { deleteNote } from '../operations/deleteNote.ts';
import { editNoteText } from '../operations/editNoteText.ts';
import { moveNote } from '../operations/moveNote.ts';
import { restoreNote } from '../operations/restoreNote.ts';
import { setNoteColour } from '../operations/setNoteColour.ts';
import { setNoteKind } from '../operations/setNoteKind.ts';
import { NOTE_COLOURS, NOTE_KINDS, readAllNotes } from '../schema.ts';
import { CELL_IDS } from '../template.ts';

const WORDS = ['palveluohjaus', 'työpari', 'jalkautuva', 'väg', 'nätverk', 'drop-in', 'Ohjaamo', 'ÄÖÅ', '✓'];

function pick<T>(random: RandomSource, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/**
 * One random operation on a peer's document. Operations favour the oldest few notes so that
 * peers often move and edit the same note concurrently. `now` dates deletes: the wall clock by
 * default, a fixed one where a seed must replay to the same board (the board-model convergence
 * test; the server ones replay operations, not timing).
 */
export function applyRandomOperation(doc: Y.Doc, random: RandomSource, now: () => number = Date.now): string {
  const notes = readAllNotes(doc).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const hot = notes.slice(0, 4);
  const target = (hot.length > 0 && random() < 0.7 ? pick(random, hot) : pick(random, notes))?.id as NoteId;
  const roll = random();
  const options = { random, now: () => Math.floor(random() * 1e6) };
  if (notes.length === 0 || roll < 0.2) {
    createNote(doc, pick(random, CELL_IDS), { text: pick(random, WORDS), position: Math.floor(random() * 6) }, options);
    return 'create';
  }
  if (roll < 0.5) {
    moveNote(doc, target, pick(random, CELL_IDS), random() < 0.2 ? 'end' : Math.floor(random() * 8), options);
    return 'move';
  }
  if (roll < 0.75) {
    const current = notes.find((note) => note.id === target)?.text ?? '';
    const at = Math.floor(random() * (current.length + 1));
    const cut = Math.floor(random() * 3);
    editNoteText(doc, target, `${current.slice(0, at)}${pick(random, WORDS)} ${current.slice(at + cut)}`.slice(0, 400));
    return 'edit';
  }
  if (roll < 0.83) {
    setNoteColour(doc, target, pick(random, NOTE_COLOURS));
    return 'colour';
  }
  if (roll < 0.88) {
    setNoteKind(doc, target, pick(random, NOTE_KINDS));
    return 'kind';
  }
  if (roll < 0.94) {
    deleteNote(doc, target, { now });
    return 'delete';
  }
  restoreNote(doc, target);
  return 'restore';
}
