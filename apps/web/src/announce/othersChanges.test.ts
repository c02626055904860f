import {
  type CellId,
  closeVote,
  createNote,
  deleteNote,
  deletionsMap,
  editNoteText,
  moveNote,
  notesMap,
  openVote,
  restoreNote,
  setNoteColour,
} from '@avaa/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  type OthersChange,
  othersChangesOf,
  type TransactionSource,
  transactionSource,
  typeRoots,
} from './othersChanges.ts';
import { boardOfTwo, testLink } from './othersTesting.ts';

const START: CellId = 'start:services';
const DURING: CellId = 'during:services';

/** What the listener's document hears of each transaction: its source and its changes. */
function hear(listener: Y.Doc, link: ReturnType<typeof testLink>, names: Map<number, string>) {
  typeRoots(listener);
  const heard: { source: TransactionSource; changes: OthersChange[] }[] = [];
  listener.on('afterTransaction', (transaction: Y.Transaction) => {
    const source = transactionSource(transaction, { origin: link.origin, synced: link.isSynced() });
    heard.push({ source, changes: othersChangesOf(listener, transaction, (id) => names.get(id) ?? null) });
  });
  return heard;
}

function note(doc: Y.Doc, cell: CellId, text: string) {
  const result = createNote(doc, cell, { text });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('othersChangesOf', () => {
  it("names each of another person's changes to a note, with the note's cell and the writer", () => {
    const link = testLink(true);
    const { listener, other } = boardOfTwo(link);
    const heard = hear(listener, link, new Map([[other.clientID, 'Bertil']]));
    const id = note(other, START, 'Matalan kynnyksen päivystys');
    editNoteText(other, id, 'Matalan kynnyksen päivystys ti ja to');
    setNoteColour(other, id, 'green');
    moveNote(other, id, DURING, 'end');
    deleteNote(other, id);
    restoreNote(other, id);
    expect(heard.map(({ source }) => source)).toEqual(Array(6).fill('live'));
    expect(heard.flatMap(({ changes }) => changes)).toEqual([
      { kind: 'added', note: id, cell: START, person: 'Bertil' },
      { kind: 'edited', note: id, cell: START, person: 'Bertil' },
      { kind: 'edited', note: id, cell: START, person: 'Bertil' },
      { kind: 'moved', note: id, cell: DURING, person: 'Bertil' },
      { kind: 'deleted', note: id, cell: DURING, person: 'Bertil' },
      { kind: 'restored', note: id, cell: DURING, person: 'Bertil' },
    ]);
  });

  it('names the deleter when the server stamps the delete in the same update', () => {
    const link = testLink(true);
    const { listener, other } = boardOfTwo(link);
    const heard = hear(listener, link, new Map([[other.clientID, 'Bertil']]));
    const id = note(other, START, 'Poistettava');
    link.online = false;
    const server = new Y.Doc();
    Y.applyUpdate(server, Y.encodeStateAsUpdate(other));
    const seen = Y.encodeStateVector(listener);
    deleteNote(other, id);
    server.transact(() => {
      Y.applyUpdate(server, Y.encodeStateAsUpdate(other, Y.encodeStateVector(server)));
      deletionsMap(server).set(id, 1_700_000_000_000);
    });
    Y.applyUpdate(listener, Y.encodeStateAsUpdate(server, seen), link.origin);
    expect(heard.at(-1)?.changes).toEqual([{ kind: 'deleted', note: id, cell: START, person: 'Bertil' }]);
  });

  it('tells own changes, undo included, from others', () => {
    const link = testLink(true);
    const { listener } = boardOfTwo(link);
    const heard = hear(listener, link, new Map());
    const undo = new Y.UndoManager(notesMap(listener), { trackedOrigins: new Set([null]) });
    const id = note(listener, START, 'Oma lappu');
    undo.stopCapturing();
    editNoteText(listener, id, 'Oma lappu, muokattu');
    undo.undo();
    undo.redo();
    expect(heard.map(({ source }) => source)).toEqual(['own', 'own', 'own', 'own']);
  });

  it('says catchUp while the link syncs and ignores other origins (the offline copy)', () => {
    const link = testLink(false);
    const { listener, other } = boardOfTwo(link);
    const heard = hear(listener, link, new Map());
    note(other, START, 'Uusi');
    expect(heard.map(({ source }) => source)).toEqual(['catchUp']);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(other));
    note(copy, START, 'Laitteen kopiosta');
    heard.length = 0;
    Y.applyUpdate(listener, Y.encodeStateAsUpdate(copy, Y.encodeStateVector(listener)), { indexeddb: true });
    expect(heard.map(({ source }) => source)).toEqual(['ignored']);
  });

  it('leaves the person unknown when the writer has no presence', () => {
    const link = testLink(true);
    const { listener, other } = boardOfTwo(link);
    const heard = hear(listener, link, new Map());
    note(other, START, 'Nimetön');
    expect(heard[0]?.changes[0]?.kind === 'added' && heard[0].changes[0].person).toBeNull();
  });

  it('hears a vote opening and closing', () => {
    const link = testLink(true);
    const { listener, other } = boardOfTwo(link);
    const heard = hear(listener, link, new Map());
    const vote = openVote(other, { dotsPerPerson: 3 });
    if (!vote.ok) throw new Error(vote.error);
    closeVote(other, vote.value);
    expect(heard.flatMap(({ changes }) => changes)).toEqual([
      { kind: 'voteOpened', dotsPerPerson: 3 },
      { kind: 'voteClosed' },
    ]);
  });
});
