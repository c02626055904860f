import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergedNoteId } from '../provenance.ts';
import { deletionsMap, notesInCell, readNote, readSources } from '../schema.ts';
import { addNote, connectedPair, seededBoard } from '../testing/board.ts';
import { updateCounter } from '../testing/groupBoards.ts';
import { deleteNote } from './deleteNote.ts';
import { eraseDeletedNotes, nextErasureDue } from './eraseDeletedNotes.ts';
import { mergeGroupBoards } from './mergeGroupBoards.ts';
import { restoreNote } from './restoreNote.ts';

const CANARY = 'Kanarialintu-7f3a';

/** Whether ASCII `text` occurs in `bytes` (Yjs stores strings as UTF-8: ASCII byte for byte). */
function contains(bytes: Uint8Array, text: string): boolean {
  const needle = Array.from(text, (char) => char.charCodeAt(0));
  outer: for (let start = 0; start + needle.length <= bytes.length; start++) {
    for (let i = 0; i < needle.length; i++) if (bytes[start + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}

describe('eraseDeletedNotes', () => {
  it('empties deleted notes only, and leaves no trace of their text in the encoded document', () => {
    const doc = seededBoard();
    const kept = addNote(doc, 'start:services', 'Näkyvä', 1);
    const gone = addNote(doc, 'start:services', CANARY, 2);
    deleteNote(doc, gone);
    expect(contains(Y.encodeStateAsUpdate(doc), CANARY)).toBe(true);

    expect(eraseDeletedNotes(doc)).toBe(1);
    expect(readNote(doc, gone)).toMatchObject({ text: '', deleted: true });
    expect(readNote(doc, kept)?.text).toBe('Näkyvä');
    expect(contains(Y.encodeStateAsUpdate(doc), CANARY)).toBe(false);
  });

  it('changes nothing (and emits no update) when there is nothing to erase', () => {
    const doc = seededBoard();
    deleteNote(doc, addNote(doc, 'start:services', CANARY));
    eraseDeletedNotes(doc);
    const updates = updateCounter(doc);
    expect(eraseDeletedNotes(doc)).toBe(0);
    expect(updates()).toBe(0);
  });

  it('converges on a connected client; a later restore gives an empty note', () => {
    const [server, client] = connectedPair();
    const id = addNote(client, 'ending:services', CANARY);
    deleteNote(client, id);
    eraseDeletedNotes(server);
    expect(readNote(client, id)).toMatchObject({ text: '', deleted: true });
    expect(contains(Y.encodeStateAsUpdate(client), CANARY)).toBe(false);
    expect(restoreNote(client, id).ok).toBe(true);
    expect(notesInCell(server, 'ending:services').map((note) => note.text)).toEqual(['']);
  });

  it('erases the group text a deleted merged note recorded, keeping its source so it is not merged again', () => {
    const group = seededBoard();
    const source = addNote(group, 'start:participation', CANARY);
    const common = seededBoard();
    mergeGroupBoards(common, [{ group: 1, doc: group }]);
    const merged = mergedNoteId(1, source);
    deleteNote(common, merged);

    expect(eraseDeletedNotes(common)).toBe(1);
    const note = common.getMap('notes').get(merged);
    expect(note instanceof Y.Map ? readSources(note).map((s) => [s.note, s.text]) : []).toEqual([[source, '']]);
    expect(contains(Y.encodeStateAsUpdate(common), CANARY)).toBe(false);
    mergeGroupBoards(common, [{ group: 1, doc: group }]);
    expect(notesInCell(common, 'start:participation')).toEqual([]);
  });
});

describe('nextErasureDue', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const grace = (now: number) => ({ now, graceMs: 7 * DAY });

  it('is the earliest delete still within the grace, plus the grace; none once every delete is past it', () => {
    const doc = seededBoard();
    expect(nextErasureDue(doc, grace(0))).toBeUndefined();
    deletionsMap(doc).set('a', 1 * DAY);
    deletionsMap(doc).set('b', 3 * DAY);
    deletionsMap(doc).set('c', 'not a time');
    expect(nextErasureDue(doc, grace(4 * DAY))).toBe(8 * DAY);
    // Erased at 8 days: 'a' is past, 'b' is next.
    expect(nextErasureDue(doc, grace(8 * DAY))).toBe(10 * DAY);
    expect(nextErasureDue(doc, grace(10 * DAY))).toBeUndefined();
  });
});
