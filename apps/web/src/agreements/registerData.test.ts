import { createNote, deleteNote, seedBoard } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readLinkedNotes } from './registerData.ts';

describe('readLinkedNotes', () => {
  it('knows every note of the table by id, and whether it is still shown', () => {
    const doc = new Y.Doc();
    seedBoard(doc, { title: 'Testi', language: 'fi', createdAt: 1 });
    const kept = createNote(doc, 'start:services', { text: 'Päivystys' });
    const gone = createNote(doc, 'ending:services', { text: 'Poistuu' });
    if (!kept.ok || !gone.ok) throw new Error('notes refused');
    deleteNote(doc, gone.value);
    expect(readLinkedNotes(doc)).toEqual({
      [kept.value]: { text: 'Päivystys', cell: 'start:services', shown: true },
      [gone.value]: { text: 'Poistuu', cell: 'ending:services', shown: false },
    });
  });
});
