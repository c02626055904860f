import { type CellId, closeVote, createNote, editNoteText, moveNote, type NoteId, openVote } from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { boardOfTwo, type TestClock, type TestLink, testClock, testLink } from './othersTesting.ts';
import { announcementText } from './othersText.ts';
import { watchOthers } from './watchOthers.ts';

const START: CellId = 'start:services';
const DURING: CellId = 'during:services';

/** The listener's board with the announcer watching it, and what it has said (in Finnish). */
function watched(synced = true) {
  const link = testLink(synced);
  const clock = testClock();
  const board = boardOfTwo(link);
  const said: string[] = [];
  watchOthers(board.listener, link, {
    nameOf: (id) => (id === board.other.clientID ? 'Bertil' : null),
    say: (announcements) => said.push(announcements.map((one) => announcementText(one, 'fi')).join(' ')),
    clock,
  });
  return { ...board, link, clock, said };
}

function note(doc: Y.Doc, cell: CellId, text: string): NoteId {
  const result = createNote(doc, cell, { text });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** Types `text` after what the note has, a keystroke per transaction, `gapMs` apart. */
function type(doc: Y.Doc, id: NoteId, text: string, clock: TestClock, gapMs = 150): void {
  let written = doc.getMap<Y.Map<unknown>>('notes').get(id)?.get('text')?.toString() ?? '';
  for (const char of text) {
    clock.advance(gapMs);
    written += char;
    editNoteText(doc, id, written);
  }
}

function goOffline(link: TestLink): void {
  link.online = false;
  link.setSynced(false);
}

describe('watchOthers', () => {
  it("says another's change at once, in the UI language with the cell's name", () => {
    const { other, said } = watched();
    note(other, START, 'Matalan kynnyksen päivystys');
    expect(said).toEqual(['Bertil lisäsi lapun soluun Alkuvaihe – Toimenpiteet ja palvelut.']);
  });

  it('never says own changes, nor their undo', () => {
    const { listener, clock, said } = watched();
    const undo = new Y.UndoManager(listener.getMap('notes'), { trackedOrigins: new Set([null]) });
    const id = note(listener, START, 'Oma lappu');
    type(listener, id, ' ja muokkaus', clock);
    moveNote(listener, id, DURING, 'end');
    undo.undo();
    clock.advance(10_000);
    expect(said).toEqual([]);
  });

  it('summarises a burst of 10 notes: the first at once, the other 9 in one summary', () => {
    const { other, clock, said } = watched();
    for (let n = 1; n <= 10; n++) {
      note(other, START, `Palvelu ${n}`);
      clock.advance(200);
    }
    expect(said).toEqual(['Bertil lisäsi lapun soluun Alkuvaihe – Toimenpiteet ja palvelut.']);
    clock.advance(5000);
    expect(said).toEqual([
      'Bertil lisäsi lapun soluun Alkuvaihe – Toimenpiteet ja palvelut.',
      'Muiden muutokset: 9 lappua lisätty.',
    ]);
  });

  it('says at most one announcement in 5 s and counts changes of each kind', () => {
    const { other, clock, said } = watched();
    const first = note(other, START, 'Ensimmäinen');
    const second = note(other, START, 'Toinen');
    clock.advance(1000);
    moveNote(other, first, DURING, 'end');
    note(other, DURING, 'Kolmas');
    clock.advance(3999);
    expect(said).toHaveLength(1);
    clock.advance(1);
    expect(said[1]).toBe('Muiden muutokset: 2 lappua lisätty, 1 lappu siirretty.');
    moveNote(other, second, DURING, 'end');
    clock.advance(4999);
    expect(said).toHaveLength(2);
    clock.advance(1);
    expect(said[2]).toBe('Bertil siirsi lapun soluun Asiakkuuden aikana – Toimenpiteet ja palvelut.');
  });

  it('says a burst of typing once, and again after a pause', () => {
    const { other, clock, said } = watched();
    // The note is created with its first keystroke, as the editor does.
    const id = note(other, START, 'C');
    type(other, id, 'hat-palvelu iltaisin', clock);
    clock.advance(10_000);
    expect(said).toEqual(['Bertil lisäsi lapun soluun Alkuvaihe – Toimenpiteet ja palvelut.']);
    type(other, id, ' ja viikonloppuisin', clock, 400);
    clock.advance(10_000);
    expect(said).toEqual([
      'Bertil lisäsi lapun soluun Alkuvaihe – Toimenpiteet ja palvelut.',
      'Bertil muokkasi lappua solussa Alkuvaihe – Toimenpiteet ja palvelut.',
    ]);
  });

  it('says nothing of what the board loads with', () => {
    const { other, link, catchUp, clock, said } = watched(false);
    link.online = false;
    for (let n = 1; n <= 40; n++) note(other, START, `Palvelu ${n}`);
    link.online = true;
    catchUp();
    link.setSynced(true);
    clock.advance(10_000);
    expect(said).toEqual([]);
  });

  it('sums up a reconnect that brings 40 notes in one announcement', () => {
    const { other, link, catchUp, clock, said } = watched();
    goOffline(link);
    for (let n = 1; n <= 40; n++) note(other, START, `Palvelu ${n}`);
    link.online = true;
    catchUp();
    link.setSynced(true);
    clock.advance(10_000);
    expect(said).toEqual(['Sillä aikaa kun yhteys oli poikki, muut muuttivat taulukkoa: 40 lappua lisätty.']);
  });

  it('says nothing after a reconnect that brought nothing new', () => {
    const { link, catchUp, clock, said } = watched();
    goOffline(link);
    link.online = true;
    catchUp();
    link.setSynced(true);
    clock.advance(10_000);
    expect(said).toEqual([]);
  });

  it('always says a vote opening and closing, past the limit', () => {
    const { other, clock, said } = watched();
    note(other, START, 'Ennen äänestystä');
    note(other, START, 'Toinen');
    const vote = openVote(other, { dotsPerPerson: 3 });
    if (!vote.ok) throw new Error(vote.error);
    closeVote(other, vote.value);
    expect(said).toEqual([
      'Bertil lisäsi lapun soluun Alkuvaihe – Toimenpiteet ja palvelut.',
      'Äänestys alkoi: 3 pistettä kullekin.',
      'Äänestys päättyi. Tulokset näkyvät taulukon yläpuolella.',
    ]);
    clock.advance(5000);
    expect(said[3]).toBe('Bertil lisäsi lapun soluun Alkuvaihe – Toimenpiteet ja palvelut.');
  });
});
