import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readNote } from '../schema.ts';
import { addNote, exchange, seededBoard } from '../testing/board.ts';
import { deleteNote } from './deleteNote.ts';
import { editNoteText, textChange } from './editNoteText.ts';

describe('editNoteText', () => {
  it('replaces the text and validates it', () => {
    const doc = seededBoard();
    const id = addNote(doc, 'during:collaboration', 'Työparityö');
    expect(editNoteText(doc, id, 'Työparityö ja tiimityö')).toEqual({ ok: true, value: undefined });
    expect(readNote(doc, id)?.text).toBe('Työparityö ja tiimityö');
    expect(editNoteText(doc, id, ' ')).toEqual({ ok: false, error: 'empty-text' });
    expect(readNote(doc, id)?.text).toBe('Työparityö ja tiimityö');
  });

  it('merges concurrent typing in one note instead of overwriting', () => {
    const a = seededBoard();
    const id = addNote(a, 'during:services', 'Ohjaus');
    const b = new Y.Doc();
    exchange(a, b);
    editNoteText(a, id, 'Henkilökohtainen Ohjaus');
    editNoteText(b, id, 'Ohjaus ja neuvonta');
    exchange(a, b);
    expect(readNote(a, id)?.text).toBe('Henkilökohtainen Ohjaus ja neuvonta');
    expect(readNote(b, id)?.text).toBe(readNote(a, id)?.text);
  });

  it('refuses unknown and deleted notes', () => {
    const doc = seededBoard();
    const id = addNote(doc, 'start:services', 'x');
    deleteNote(doc, id);
    expect(editNoteText(doc, id, 'y')).toEqual({ ok: false, error: 'note-deleted' });
    expect(editNoteText(doc, 'nonexistent0' as typeof id, 'y')).toEqual({ ok: false, error: 'unknown-note' });
  });
});

describe('textChange', () => {
  it('finds the one changed span', () => {
    expect(textChange('abcdef', 'abXYef')).toEqual({ start: 2, removed: 2, inserted: 'XY' });
    expect(textChange('aaa', 'aaaa')).toEqual({ start: 3, removed: 0, inserted: 'a' });
    expect(textChange('', 'new')).toEqual({ start: 0, removed: 0, inserted: 'new' });
  });

  it('never splits a surrogate pair', () => {
    const change = textChange('a😀b', 'a😃b');
    expect(change).toEqual({ start: 1, removed: 2, inserted: '😃' });
  });
});
