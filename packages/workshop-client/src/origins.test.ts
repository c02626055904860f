import { type CellId, createNote, mergeGroupBoards, notesMap, ORIGINS } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type OriginKind, originKind, undoableOrigins } from './origins.ts';

const CELL: CellId = 'start:services';

/** The kinds of the transactions `act` makes on `doc`, as a session with these sources tells them. */
function kindsOf(doc: Y.Doc, sources: { provider: unknown; offlineCopy: unknown }, act: () => void, undo?: unknown) {
  const kinds: OriginKind[] = [];
  const listen = (transaction: Y.Transaction) => kinds.push(originKind(transaction.origin, sources, undo));
  doc.on('afterTransaction', listen);
  act();
  doc.off('afterTransaction', listen);
  return kinds;
}

describe('originKind', () => {
  const provider = { name: 'provider' };
  const offlineCopy = { name: 'offline copy' };
  const sources = { provider, offlineCopy };

  it("tells a person's edit, their merge, the provider's and the offline copy's updates apart", () => {
    const doc = new Y.Doc();
    const group = new Y.Doc();
    createNote(group, CELL, { text: 'Nuorten työpajat' });
    const other = new Y.Doc();
    createNote(other, CELL, { text: 'Työkokeilu' });
    const update = Y.encodeStateAsUpdate(other);
    const kinds = kindsOf(doc, sources, () => {
      createNote(doc, CELL, { text: 'Ohjaamon palveluohjaus' });
      mergeGroupBoards(doc, [{ group: 1, doc: group }]);
      Y.applyUpdate(doc, update, provider);
      Y.applyUpdate(doc, update, offlineCopy);
      doc.transact(() => notesMap(doc).set('x', new Y.Map()), ORIGINS.eraseDeletedNotes);
      doc.transact(() => notesMap(doc).delete('x'), 'a test');
    });
    expect(kinds).toEqual(['own', 'merge', 'server', 'offlineCopy', 'housekeeping', 'other']);
  });

  it("counts undo and redo as the person's own", () => {
    const doc = new Y.Doc();
    const undo = new Y.UndoManager(notesMap(doc), { trackedOrigins: undoableOrigins(false) });
    createNote(doc, CELL, { text: 'Ohjaamon palveluohjaus' });
    expect(kindsOf(doc, sources, () => undo.undo(), undo)).toEqual(['own']);
  });

  it('makes a merge undoable only where asked (the common table)', () => {
    expect(undoableOrigins(true).has(ORIGINS.mergeGroupBoards)).toBe(true);
    expect(undoableOrigins(false).has(ORIGINS.mergeGroupBoards)).toBe(false);
    expect(undoableOrigins(false).has(null)).toBe(true);
  });

  it("makes a photo's notes the person's own and undoable on every board", () => {
    for (const mergesToo of [true, false]) expect(undoableOrigins(mergesToo).has(ORIGINS.addPhotoNotes)).toBe(true);
    expect(originKind(ORIGINS.addPhotoNotes, { provider: {}, offlineCopy: {} })).toBe('own');
  });
});
