import {
  createNote,
  isCommonTableLocked,
  notesInCell,
  setCommonTableOpenInGroupWork,
  setStage,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { connectAs, connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, groupRoom, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

test('during group work the server refuses a participant’s note on the common table, as a viewer’s', async () => {
  const server = await startTestServer();
  const { workshop, anna, facilitator: settings } = await groupedWorkshop(server.url);
  const facilitator = connectAs(workshop, 'facilitator');
  // Anna reads the workshop room: once she sees a setting, the server has it too.
  const annasWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
  await synced(facilitator, annasWorkshop);
  setStage(settings.doc, 'group-work');
  await eventually(() => expect(isCommonTableLocked(annasWorkshop.doc)).toBe(true));

  // Anna's client on the common table, as the participant link opened it.
  const annaOnTable = connectClient(workshop.sync, anna.token);
  await synced(annaOnTable);
  createNote(annaOnTable.doc, 'start:services', { text: 'Matalan kynnyksen päivystys' });
  await handled(annaOnTable, facilitator, 'after-note');
  expect(texts(notesInCell(facilitator.doc, 'start:services'))).toEqual([]);
  const fresh = connectAs(workshop, 'viewer');
  await synced(fresh);
  expect(texts(notesInCell(fresh.doc, 'start:services'))).toEqual([]);

  // Her own group's board takes the same note.
  const annaOnGroup = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
  const groupReader = connectRoom(workshop, groupRoom(workshop, 1), workshop.sync.tokens.facilitator);
  await synced(annaOnGroup, groupReader);
  createNote(annaOnGroup.doc, 'start:services', { text: 'Matalan kynnyksen päivystys' });
  await eventually(() =>
    expect(texts(notesInCell(groupReader.doc, 'start:services'))).toEqual(['Matalan kynnyksen päivystys']),
  );

  // The facilitator opens the common table during group work: Anna writes there again.
  setCommonTableOpenInGroupWork(settings.doc, true);
  await eventually(() => expect(isCommonTableLocked(annasWorkshop.doc)).toBe(false));
  const annaAgain = connectClient(workshop.sync, anna.token);
  await synced(annaAgain);
  createNote(annaAgain.doc, 'ending:services', { text: 'Jatkopolut' });
  await eventually(() => expect(texts(notesInCell(facilitator.doc, 'ending:services'))).toEqual(['Jatkopolut']));
  disconnect(annaAgain);
});
