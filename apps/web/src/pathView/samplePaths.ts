import { addStep, createNote, createPath, deleteNote, type NoteId, type PathId, type Result } from '@avaa/board-model';
import * as Y from 'yjs';

function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`refused: ${result.error}`);
  return result.value;
}

/**
 * A board with three paths for the path view's tests: the one-time visitor ends early, the
 * student's path skips a phase and meets a free step, the multi-sector one is sent from counter
 * to counter and loses a deleted note. Services only, no person.
 */
export function boardWithPaths(): { doc: Y.Doc; paths: Record<'visitor' | 'student' | 'support', PathId> } {
  const doc = new Y.Doc();
  const note = (cell: Parameters<typeof createNote>[1], text: string): NoteId => must(createNote(doc, cell, { text }));
  const walkIn = note('start:services', 'Walk-in-ohjaus');
  const some = note('before:services', 'Somekanavat nuorille');
  const guidance = note('during:services', 'Opinto-ohjaus');
  const network = note('during:collaboration', 'Verkostopalaveri');
  const visitor = must(createPath(doc, { name: 'Kertakävijä' }, { now: () => 1 }));
  must(addStep(doc, visitor, { noteId: walkIn, risk: { kind: 'drop-out', reason: 'Ei jatkoaikaa' } }));
  const student = must(createPath(doc, { name: 'Nuori, joka etsii opiskelupaikkaa' }, { now: () => 2 }));
  must(addStep(doc, student, { noteId: some }));
  must(addStep(doc, student, { noteId: guidance }));
  must(addStep(doc, student, { phase: 'followup', text: 'Seurantasoitto puolen vuoden päästä' }));
  const support = must(createPath(doc, { name: 'Nuori, joka tarvitsee monialaista tukea' }, { now: () => 3 }));
  must(addStep(doc, support, { noteId: walkIn }));
  must(addStep(doc, support, { noteId: network, risk: { kind: 'counter-to-counter', reason: '' } }));
  must(addStep(doc, support, { noteId: guidance, text: 'Ohjaus koulutukseen' }));
  must(deleteNote(doc, guidance));
  must(addStep(doc, support, { phase: 'ending', text: 'Jatko-ohjaus aikuissosiaalityöhön' }));
  return { doc, paths: { visitor, student, support } };
}
