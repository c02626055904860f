import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { notesInCell, notesMap, readNote } from '../schema.ts';
import { addNote, connectedPair, seededBoard } from '../testing/board.ts';
import { deleteNote } from './deleteNote.ts';
import { editNoteText } from './editNoteText.ts';
import { restoreNote } from './restoreNote.ts';

describe('deleteNote and restoreNote', () => {
  it('hides a note and brings it back in its place', () => {
    const doc = seededBoard();
    addNote(doc, 'ending:services', 'A', 1);
    const b = addNote(doc, 'ending:services', 'B', 2);
    addNote(doc, 'ending:services', 'C', 3);
    expect(deleteNote(doc, b).ok).toBe(true);
    expect(notesInCell(doc, 'ending:services').map((n) => n.text)).toEqual(['A', 'C']);
    expect(deleteNote(doc, b)).toEqual({ ok: false, error: 'note-deleted' });
    expect(restoreNote(doc, b).ok).toBe(true);
    expect(notesInCell(doc, 'ending:services').map((n) => n.text)).toEqual(['A', 'B', 'C']);
    expect(restoreNote(doc, b)).toEqual({ ok: false, error: 'note-not-deleted' });
  });

  it('keeps a concurrent edit of a deleted note for its restore', () => {
    const [a, b] = connectedPair();
    const id = addNote(a, 'start:participation', 'Nuorten raati');
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(b));
    editNoteText(offline, id, 'Nuorten raati kokoontuu');
    deleteNote(a, id);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(offline));
    restoreNote(a, id);
    expect(readNote(b, id)?.text).toBe('Nuorten raati kokoontuu');
  });

  it('undoes only the own changes with Y.UndoManager', () => {
    const [a, b] = connectedPair();
    const undo = new Y.UndoManager(notesMap(a));
    const mine = addNote(a, 'start:services', 'Mine', 1);
    undo.stopCapturing();
    const theirs = addNote(b, 'start:services', 'Theirs', 2);
    deleteNote(a, mine);
    undo.undo();
    expect(readNote(b, mine)?.deleted).toBe(false);
    undo.undo();
    expect(readNote(b, mine)).toBeUndefined();
    expect(readNote(a, theirs)?.text).toBe('Theirs');
    undo.redo();
    expect(readNote(b, mine)?.text).toBe('Mine');
  });
});
