import {
  addStep,
  type CellId,
  createNote,
  createPath,
  type NewStep,
  type NoteId,
  type PathId,
  type Result,
} from '@avaa/board-model';
import type * as Y from 'yjs';

export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.value;
}

export type SeedStep = NewStep | string;

/** Notes of the common table by their text, made once each. */
export function notesOn<Text extends string>(doc: Y.Doc, notes: Readonly<Record<Text, CellId>>): Record<Text, NoteId> {
  const entries = Object.entries<CellId>(notes).map(([text, cell]) => [text, must(createNote(doc, cell, { text }))]);
  return Object.fromEntries(entries) as Record<Text, NoteId>;
}

/** A path as a person draws it on the board: its name, then its steps in order (a note id links). */
export function drawPath(doc: Y.Doc, name: string, steps: readonly (NewStep | NoteId)[]): PathId {
  const path = must(createPath(doc, { name }));
  for (const step of steps) must(addStep(doc, path, typeof step === 'string' ? { noteId: step } : step));
  return path;
}
