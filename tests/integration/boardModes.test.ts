import {
  createNote,
  editNoteText,
  moveNote,
  type NoteId,
  notesInCell,
  readBoardMode,
  readNote,
  setBoardMode,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { joinAs } from './helpers/api.ts';
import { connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, groupRoom, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const CELL = 'start:services';
const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

function added(result: { ok: boolean; value?: unknown }): NoteId {
  if (!result.ok) throw new Error('note not created');
  return result.value as NoteId;
}

test('own notes only on the common table: a participant adds and changes her notes, never another’s', async () => {
  const server = await startTestServer();
  const { workshop, anna, facilitator: settings } = await groupedWorkshop(server.url);
  const pekka = await joinAs(server.url, workshop, 'Pekka 2');
  const annasWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
  const annaOnTable = connectClient(workshop.sync, anna.token);
  const pekkaOnTable = connectClient(workshop.sync, pekka.token);
  const reader = connectClient(workshop.sync, workshop.sync.tokens.facilitator);
  await synced(annasWorkshop, annaOnTable, pekkaOnTable, reader);
  const pekkas = added(createNote(pekkaOnTable.doc, CELL, { text: 'Parityö', createdBy: pekka.person.id }));
  await eventually(() => expect(texts(notesInCell(annaOnTable.doc, CELL))).toEqual(['Parityö']));

  setBoardMode(settings.doc, { kind: 'plenary' }, 'own-notes');
  await eventually(() => expect(readBoardMode(annasWorkshop.doc, { kind: 'plenary' })).toBe('own-notes'));

  // Through her socket, as any client could send it: refused, nobody else sees it.
  editNoteText(annaOnTable.doc, pekkas, 'Parityö ja tiimityö');
  moveNote(annaOnTable.doc, pekkas, 'ending:services', 'end');
  await handled(annaOnTable, reader, 'after-foreign-edit');
  expect(readNote(reader.doc, pekkas)).toMatchObject({ text: 'Parityö', cell: CELL });

  // Her own new note, and changing it, go. (A fresh client: her refused change left her copy ahead
  // of the server's, so nothing after it on that client's id applies; the UI never sends one.)
  const annaAgain = connectClient(workshop.sync, anna.token);
  await synced(annaAgain);
  const annas = added(createNote(annaAgain.doc, CELL, { text: 'Matala kynnys', createdBy: anna.person.id }));
  editNoteText(annaAgain.doc, annas, 'Matalan kynnyksen päivystys');
  await eventually(() => expect(readNote(reader.doc, annas)?.text).toBe('Matalan kynnyksen päivystys'));
  // Pekka still changes his own.
  editNoteText(pekkaOnTable.doc, pekkas, 'Parityö aina');
  await eventually(() => expect(readNote(reader.doc, pekkas)?.text).toBe('Parityö aina'));
});

test('a locked board refuses every participant write, on the common table and on a group board', async () => {
  const server = await startTestServer();
  const { workshop, anna, facilitator: settings } = await groupedWorkshop(server.url);
  const annasWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
  const annaOnTable = connectClient(workshop.sync, anna.token);
  const annaOnGroup = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
  const tableReader = connectClient(workshop.sync, workshop.sync.tokens.facilitator);
  const groupReader = connectRoom(workshop, groupRoom(workshop, 1), workshop.sync.tokens.facilitator);
  await synced(annasWorkshop, annaOnTable, annaOnGroup, tableReader, groupReader);

  setBoardMode(settings.doc, { kind: 'plenary' }, 'locked');
  setBoardMode(settings.doc, { kind: 'group', group: 1 }, 'locked');
  await eventually(() => expect(readBoardMode(annasWorkshop.doc, { kind: 'group', group: 1 })).toBe('locked'));

  createNote(annaOnTable.doc, CELL, { text: 'Esittelyn aikana', createdBy: anna.person.id });
  createNote(annaOnGroup.doc, CELL, { text: 'Ryhmässä lukittuna', createdBy: anna.person.id });
  await handled(annaOnTable, tableReader, 'after-table-note');
  await handled(annaOnGroup, groupReader, 'after-group-note');
  expect(texts(notesInCell(tableReader.doc, CELL))).toEqual([]);
  expect(texts(notesInCell(groupReader.doc, CELL))).toEqual([]);

  // The facilitator presents and writes meanwhile.
  createNote(tableReader.doc, CELL, { text: 'Fasilitaattorin lappu' });
  // A client id's first write is applied once its registration is on the disk (an fsync off the
  // event loop, while other sockets go on): seen by a client already there, it is in the room.
  await eventually(() => expect(texts(notesInCell(annaOnTable.doc, CELL))).toContain('Fasilitaattorin lappu'));
  const fresh = connectClient(workshop.sync, workshop.sync.tokens.viewer);
  await synced(fresh);
  expect(texts(notesInCell(fresh.doc, CELL))).toEqual(['Fasilitaattorin lappu']);

  // Unlocked, the group board takes her notes again (a fresh client: see the test above).
  setBoardMode(settings.doc, { kind: 'group', group: 1 }, 'open');
  await eventually(() => expect(readBoardMode(annasWorkshop.doc, { kind: 'group', group: 1 })).toBe('open'));
  const annaAgain = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
  await synced(annaAgain);
  createNote(annaAgain.doc, 'during:services', { text: 'Avattu taas', createdBy: anna.person.id });
  await eventually(() => expect(texts(notesInCell(groupReader.doc, 'during:services'))).toEqual(['Avattu taas']));
});

test('a participant cannot set a board mode by writing the workshop document', async () => {
  const server = await startTestServer();
  const { workshop, anna, facilitator } = await groupedWorkshop(server.url);
  const annasWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
  await synced(annasWorkshop);
  setBoardMode(annasWorkshop.doc, { kind: 'plenary' }, 'open');
  setBoardMode(annasWorkshop.doc, { kind: 'group', group: 2 }, 'locked');
  await handled(annasWorkshop, facilitator, 'after-mode');
  expect(readBoardMode(facilitator.doc, { kind: 'group', group: 2 })).toBe('open');
});
