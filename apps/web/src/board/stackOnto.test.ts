import { createNote, deleteNote, notesInCell, stackMembers } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { stackOnto } from './stackOnto.ts';

function board() {
  const doc = new Y.Doc();
  const make = (cell: 'before:services' | 'start:services', text: string) => {
    const created = createNote(doc, cell, { text });
    if (!created.ok) throw new Error(created.error);
    return created.value;
  };
  return { doc, make };
}

describe('stackOnto', () => {
  it('stacks a note of the same cell under the head', () => {
    const { doc, make } = board();
    const head = make('before:services', 'Instagram-tili nuorille');
    const note = make('before:services', 'Somekanavat: Instagram ja TikTok');
    expect(stackOnto(doc, note, head)).toEqual({ ok: true, value: undefined });
    expect(stackMembers(doc, head).map((member) => member.id)).toEqual([note]);
    expect(notesInCell(doc, 'before:services').map((shown) => shown.id)).toEqual([head]);
  });

  it('moves a note of another cell to the head’s cell and stacks it, one undo taking back both', () => {
    const { doc, make } = board();
    const head = make('before:services', 'Instagram-tili nuorille');
    const note = make('start:services', 'Somekanavat');
    const undo = new Y.UndoManager(doc.getMap('notes'), { captureTimeout: 0 });
    expect(stackOnto(doc, note, head).ok).toBe(true);
    expect(stackMembers(doc, head).map((member) => member.cell)).toEqual(['before:services']);
    undo.undo();
    expect(notesInCell(doc, 'start:services').map((shown) => shown.id)).toEqual([note]);
    expect(stackMembers(doc, head)).toEqual([]);
  });

  it('refuses what stacking refuses, without moving anything', () => {
    const { doc, make } = board();
    const head = make('before:services', 'Instagram-tili nuorille');
    const note = make('start:services', 'Somekanavat');
    deleteNote(doc, head);
    expect(stackOnto(doc, note, head)).toEqual({ ok: false, error: 'note-deleted' });
    expect(notesInCell(doc, 'start:services').map((shown) => shown.id)).toEqual([note]);
    expect(stackOnto(doc, note, note).ok).toBe(false);
  });
});
