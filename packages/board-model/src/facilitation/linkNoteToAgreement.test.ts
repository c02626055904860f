import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteNote } from '../operations/deleteNote.ts';
import { addNote, exchange, seededBoard } from '../testing/board.ts';
import { seededRandom } from '../testing/seededRandom.ts';
import { seedWorkshop } from '../workshop/seedWorkshop.ts';
import { addAgreement } from './addAgreement.ts';
import { readAgreement } from './agreement.ts';
import { linkNoteToAgreement } from './linkNoteToAgreement.ts';
import { removeAgreement } from './moveAgreement.ts';

function register() {
  const workshop = new Y.Doc();
  seedWorkshop(workshop, { title: 'Kehittämispäivä', language: 'fi', createdAt: 1 });
  const board = seededBoard();
  const first = addNote(board, 'start:services', 'Matalan kynnyksen päivystys', 1);
  const second = addNote(board, 'ending:services', 'Paluu palveluun helpoksi', 2);
  const item = addAgreement(
    workshop,
    'needs-preparation',
    { text: 'Päivystys joka arkipäivä', notes: [first] },
    { random: seededRandom(3) },
  );
  if (!item.ok) throw new Error(item.error);
  return { workshop, board, first, second, item: item.value };
}

describe('linkNoteToAgreement', () => {
  it('adds the note to the item’s linked notes and leaves its text as it was', () => {
    const { workshop, board, first, second, item } = register();
    expect(linkNoteToAgreement(workshop, board, item, second)).toEqual({ ok: true, value: undefined });
    expect(readAgreement(workshop, item)).toMatchObject({
      text: 'Päivystys joka arkipäivä',
      notes: [first, second].sort(),
    });
  });

  it('writes nothing when the note is linked already', () => {
    const { workshop, board, first, item } = register();
    let updates = 0;
    workshop.on('update', () => updates++);
    expect(linkNoteToAgreement(workshop, board, item, first).ok).toBe(true);
    expect(updates).toBe(0);
  });

  it('keeps links two people add at once', () => {
    const { workshop, board, first, second, item } = register();
    const other = new Y.Doc();
    exchange(workshop, other);
    const third = addNote(board, 'during:collaboration', 'Työparityö', 4);
    linkNoteToAgreement(workshop, board, item, second);
    linkNoteToAgreement(other, board, item, third);
    exchange(workshop, other);
    for (const doc of [workshop, other]) {
      expect(readAgreement(doc, item)?.notes).toEqual([first, second, third].sort());
    }
  });

  it('refuses unknown, deleted and removed things with typed errors', () => {
    const { workshop, board, second, item } = register();
    expect(linkNoteToAgreement(workshop, board, item, 'zzzzzzzzzzzz' as never)).toEqual({
      ok: false,
      error: 'unknown-note',
    });
    expect(linkNoteToAgreement(workshop, board, 'nonexistent', second)).toEqual({
      ok: false,
      error: 'unknown-agreement',
    });
    deleteNote(board, second);
    expect(linkNoteToAgreement(workshop, board, item, second)).toEqual({ ok: false, error: 'note-deleted' });
    const { workshop: w2, board: b2, second: s2, item: i2 } = register();
    removeAgreement(w2, i2);
    expect(linkNoteToAgreement(w2, b2, i2, s2)).toEqual({ ok: false, error: 'unknown-agreement' });
  });
});
