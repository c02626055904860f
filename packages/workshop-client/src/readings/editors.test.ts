import { CELL_IDS, type CellId, createNote, type NoteId } from '@avaa/board-model';
import type { Peer } from '@avaa/sync-client';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { editorsByNote, editorsReading, shareEditors } from './editors.ts';

const board = new Y.Doc();
const noteId = (text: string): NoteId => {
  const created = createNote(board, CELL_IDS[0] as CellId, { text });
  if (!created.ok) throw new Error('no note');
  return created.value;
};
const A = noteId('yksi');
const B = noteId('kaksi');

function peer(clientId: number, name: string, editing: NoteId | null): Peer {
  return { clientId, user: { name, colour: '#0b57d0' }, editing, person: null } as Peer;
}

describe('editorsByNote', () => {
  it('groups the peers who edit a note, in their order', () => {
    const byNote = editorsByNote([peer(1, 'Aino', A), peer(2, 'Bo', null), peer(3, 'Cai', A), peer(4, 'Dan', B)]);
    expect([...byNote.keys()]).toEqual([A, B]);
    expect(byNote.get(A)?.map((one) => one.user.name)).toEqual(['Aino', 'Cai']);
  });
});

describe('shareEditors', () => {
  it('keeps the array of a note whose editors did not change', () => {
    const previous = shareEditors(new Map(), editorsByNote([peer(1, 'Aino', A), peer(2, 'Bo', B)]));
    const next = shareEditors(previous, editorsByNote([peer(1, 'Aino', A), peer(2, 'Bo', null)]));
    expect(next).not.toBe(previous);
    expect(next.get(A)).toBe(previous.get(A));
    expect(next.get(B)).toBeUndefined();
  });

  it('is the previous map itself when nothing changed', () => {
    const previous = shareEditors(new Map(), editorsByNote([peer(1, 'Aino', A)]));
    expect(shareEditors(previous, editorsByNote([peer(1, 'Aino', A)]))).toBe(previous);
  });
});

describe('editorsReading', () => {
  it('tells listeners only when who edits which note changed', () => {
    const local = new Awareness(new Y.Doc());
    const remote = new Awareness(new Y.Doc());
    const store = editorsReading(local);
    const editorsOf = (note: NoteId) => store.getSnapshot().get(note);
    let calls = 0;
    const stop = store.subscribe(() => {
      calls += 1;
    });
    // What the provider does: the peer's presence arrives as an awareness update.
    const edit = (editing: NoteId | null, colour = '#0b57d0') => {
      remote.setLocalState({ user: { name: 'Aino', colour }, editing, person: null });
      applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), 'remote');
    };
    edit(A);
    expect(editorsOf(A)?.map((one) => one.user.name)).toEqual(['Aino']);
    expect(calls).toBe(1);
    const first = editorsOf(A);
    // A pointer or drag change of the peer's: the same editors, nobody is told.
    remote.setLocalStateField('drag', { x: 1, y: 2 });
    applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), 'remote');
    expect(calls).toBe(1);
    expect(editorsOf(A)).toBe(first);
    edit(B);
    expect(calls).toBe(2);
    expect(editorsOf(A)).toBeUndefined();
    expect(editorsOf(B)?.length).toBe(1);
    stop();
    local.destroy();
    remote.destroy();
  });
});
