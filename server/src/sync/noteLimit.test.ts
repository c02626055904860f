import { CELL_IDS, createNote, notesMap } from '@avaa/board-model';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { exceedsNoteLimit } from './noteLimit.ts';

function withNotes(count: number): Y.Doc {
  const doc = new Y.Doc();
  for (let index = 0; index < count; index++) createNote(doc, CELL_IDS[0] ?? 'start:services', { text: `${index}` });
  return doc;
}

/** What `change` writes into a copy of `doc`, decoded as the server decodes a client's update. */
function changeOf(doc: Y.Doc, change: (copy: Y.Doc) => void) {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  const before = Y.encodeStateVector(copy);
  change(copy);
  return Y.decodeUpdate(Y.encodeStateAsUpdate(copy, before)).structs;
}

describe('exceedsNoteLimit', () => {
  test('counts new note keys against the limit; edits of existing notes never count', () => {
    const doc = withNotes(3);
    const add = (copy: Y.Doc) => createNote(copy, CELL_IDS[1] ?? 'start:services', { text: 'new' });
    expect(exceedsNoteLimit(doc, changeOf(doc, add), 4)).toBe(false);
    expect(exceedsNoteLimit(doc, changeOf(doc, add), 3)).toBe(true);
    const edit = (copy: Y.Doc) => {
      const first = [...notesMap(copy).values()][0];
      first?.set('colour', 'blue');
    };
    expect(exceedsNoteLimit(doc, changeOf(doc, edit), 3)).toBe(false);
  });

  test('a key erased and set again counts as a new note', () => {
    const doc = withNotes(2);
    const [id, entry] = [...notesMap(doc).entries()][0] ?? [];
    if (!id || !entry) throw new Error('no note');
    notesMap(doc).delete(id);
    const revive = (copy: Y.Doc) => notesMap(copy).set(id, new Y.Map());
    expect(exceedsNoteLimit(doc, changeOf(doc, revive), 1)).toBe(true);
    expect(exceedsNoteLimit(doc, changeOf(doc, revive), 2)).toBe(false);
  });
});
