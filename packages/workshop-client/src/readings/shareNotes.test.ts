import { CELL_IDS, type CellId, createNote, editNoteText, notesByCell } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { shareNotes } from './shareNotes.ts';

const CELL = CELL_IDS[0] as CellId;
const OTHER = CELL_IDS[1] as CellId;

describe('shareNotes', () => {
  it('keeps unchanged cells and notes, replaces what changed', () => {
    const doc = new Y.Doc();
    const edited = createNote(doc, CELL, { text: 'yksi' });
    createNote(doc, CELL, { text: 'kaksi' });
    createNote(doc, OTHER, { text: 'kolme' });
    if (!edited.ok) throw new Error('no note');
    const before = shareNotes(new Map(), notesByCell(doc));
    editNoteText(doc, edited.value, 'yksi plus');
    const after = shareNotes(before, notesByCell(doc));
    expect(after).not.toBe(before);
    expect(after.get(OTHER)).toBe(before.get(OTHER));
    expect(after.get(CELL)).not.toBe(before.get(CELL));
    expect(after.get(CELL)?.[1]).toBe(before.get(CELL)?.[1]);
    expect(after.get(CELL)?.[0]?.text).toBe('yksi plus');
  });

  it('is the previous reading itself when nothing changed', () => {
    const doc = new Y.Doc();
    createNote(doc, CELL, { text: 'yksi' });
    const before = shareNotes(new Map(), notesByCell(doc));
    expect(shareNotes(before, notesByCell(doc))).toBe(before);
  });
});
