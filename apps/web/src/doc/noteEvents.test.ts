import { CELL_IDS, type CellId, createNote, editNoteText, moveNote, notesMap } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { textOnlyChanges } from './noteEvents.ts';

const CELL = CELL_IDS[0] as CellId;
const OTHER = CELL_IDS[1] as CellId;

/** The classification of the events one change makes. */
function changesOf(doc: Y.Doc, change: () => void): ReadonlySet<string> | null | undefined {
  let seen: ReadonlySet<string> | null | undefined;
  const observer = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    seen = textOnlyChanges(events);
  };
  notesMap(doc).observeDeep(observer);
  change();
  notesMap(doc).unobserveDeep(observer);
  return seen;
}

describe('textOnlyChanges', () => {
  it('names the notes whose text was edited', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, CELL, { text: 'yksi' });
    const b = createNote(doc, CELL, { text: 'kaksi' });
    if (!a.ok || !b.ok) throw new Error('no notes');
    const seen = changesOf(doc, () =>
      doc.transact(() => {
        editNoteText(doc, a.value, 'yksi plus');
        editNoteText(doc, b.value, 'kaksi plus');
      }),
    );
    expect(seen && [...seen].sort()).toEqual([a.value, b.value].sort());
  });

  it('is null when a note is added or moved', () => {
    const doc = new Y.Doc();
    const a = createNote(doc, CELL, { text: 'yksi' });
    if (!a.ok) throw new Error('no note');
    expect(changesOf(doc, () => createNote(doc, CELL, { text: 'uusi' }))).toBeNull();
    expect(changesOf(doc, () => moveNote(doc, a.value, OTHER, 'end'))).toBeNull();
  });
});
