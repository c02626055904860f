import { describe, expect, it } from 'vitest';
import { isNoteId } from '../ids.ts';
import { notesInCell, readNote } from '../schema.ts';
import type { CellId } from '../template.ts';
import { addNote, seededBoard } from '../testing/board.ts';
import { MAX_NOTE_TEXT_LENGTH } from '../validation.ts';
import { createNote } from './createNote.ts';

describe('createNote', () => {
  it('creates a note with defaults at the end of the cell', () => {
    const doc = seededBoard();
    const first = addNote(doc, 'start:services', 'Walk-in guidance', 1);
    const second = addNote(doc, 'start:services', 'Appointments', 2);
    expect(isNoteId(first)).toBe(true);
    expect(readNote(doc, first)).toMatchObject({
      text: 'Walk-in guidance',
      colour: 'yellow',
      kind: 'note',
      deleted: false,
    });
    expect(notesInCell(doc, 'start:services').map((n) => n.id)).toEqual([first, second]);
  });

  it('inserts at a position', () => {
    const doc = seededBoard();
    const a = addNote(doc, 'before:services', 'A', 1);
    const c = addNote(doc, 'before:services', 'C', 2);
    const b = addNote(doc, 'before:services', { text: 'B', position: 1, colour: 'blue', kind: 'gap' }, 3);
    const z = addNote(doc, 'before:services', { text: 'Z', position: 'start' }, 4);
    expect(notesInCell(doc, 'before:services').map((n) => n.text)).toEqual(['Z', 'A', 'B', 'C']);
    expect(readNote(doc, b)).toMatchObject({ colour: 'blue', kind: 'gap' });
    expect([a, c, z].every(isNoteId)).toBe(true);
  });

  it.each([
    ['', 'empty-text'],
    ['   \n ', 'empty-text'],
    ['x'.repeat(MAX_NOTE_TEXT_LENGTH + 1), 'text-too-long'],
    ['bell\u0007', 'control-character'],
    ['\u202Egnp.exe', 'control-character'],
  ])('refuses text %j with %s', (text, reason) => {
    const doc = seededBoard();
    expect(createNote(doc, 'start:services', { text })).toEqual({ ok: false, error: reason });
    expect(doc.getMap('notes').size).toBe(0);
  });

  it('accepts the longest text and counts code points, not UTF-16 units', () => {
    const doc = seededBoard();
    expect(createNote(doc, 'start:services', { text: '🙂'.repeat(MAX_NOTE_TEXT_LENGTH) }).ok).toBe(true);
  });

  it('refuses unknown cells, colours and kinds', () => {
    const doc = seededBoard();
    expect(createNote(doc, 'start:nothing' as CellId, { text: 'x' })).toEqual({ ok: false, error: 'unknown-cell' });
    // @ts-expect-error: an unknown colour from a foreign caller
    expect(createNote(doc, 'start:services', { text: 'x', colour: 'red' })).toEqual({
      ok: false,
      error: 'unknown-colour',
    });
    // @ts-expect-error: an unknown kind from a foreign caller
    expect(createNote(doc, 'start:services', { text: 'x', kind: 'task' })).toEqual({
      ok: false,
      error: 'unknown-kind',
    });
  });

  it('normalises Windows line ends and tabs', () => {
    const doc = seededBoard();
    const id = addNote(doc, 'start:services', 'a\r\nb\tc');
    expect(readNote(doc, id)?.text).toBe('a\nb c');
  });
});
