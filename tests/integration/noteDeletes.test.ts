import {
  createNote,
  deleteNote,
  readCommonTableAnyoneDeletes,
  readNote,
  recentlyDeleted,
  restoreNote,
  setCommonTableAnyoneDeletes,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { getJson } from './helpers/api.ts';
import { type Client, connectAs, connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

type Person = Awaited<ReturnType<typeof groupedWorkshop>>['anna'];

/** A note the person writes on the common table as the web app does: signed with their person id. */
function write(client: Client, person: Person, text: string) {
  const created = createNote(client.doc, 'start:services', { text, createdBy: person.person.id });
  if (!created.ok) throw new Error(created.error);
  return created.value;
}

async function commonTable() {
  const server = await startTestServer();
  const grouped = await groupedWorkshop(server.url);
  const { workshop, anna, pekka } = grouped;
  const facilitator = connectAs(workshop, 'facilitator');
  const annaOnTable = connectClient(workshop.sync, anna.token);
  const pekkaOnTable = connectClient(workshop.sync, pekka.token);
  await synced(facilitator, annaOnTable, pekkaOnTable);
  const annas = write(annaOnTable, anna, 'Matalan kynnyksen päivystys');
  const pekkas = write(pekkaOnTable, pekka, 'Verkostotapaamiset');
  await eventually(() => expect(readNote(facilitator.doc, pekkas)?.text).toBe('Verkostotapaamiset'));
  await eventually(() => expect(readNote(facilitator.doc, annas)?.text).toBe('Matalan kynnyksen päivystys'));
  return { server, workshop, anna, pekka, settings: grouped.facilitator, facilitator, annaOnTable, annas, pekkas };
}

test("a participant's delete of another's note on the common table is refused, their own goes through", async () => {
  const { workshop, anna, facilitator, annaOnTable, annas, pekkas } = await commonTable();
  deleteNote(annaOnTable.doc, pekkas);
  await handled(annaOnTable, facilitator, 'after-foreign-delete');
  expect(readNote(facilitator.doc, pekkas)?.deleted).toBe(false);
  const fresh = connectAs(workshop, 'viewer');
  await synced(fresh);
  expect(readNote(fresh.doc, pekkas)).toMatchObject({ text: 'Verkostotapaamiset', deleted: false });
  disconnect(annaOnTable);

  // Her refused change holds back that client's later ones: a new client, as after a reload.
  const annaAgain = connectClient(workshop.sync, anna.token);
  await synced(annaAgain);
  deleteNote(annaAgain.doc, annas);
  await eventually(() => expect(readNote(facilitator.doc, annas)?.deleted).toBe(true));
});

test("a note signed with someone else's person id is refused", async () => {
  const { workshop, pekka, facilitator, annaOnTable } = await commonTable();
  const forged = write(annaOnTable, pekka, 'Pekan nimissä');
  await handled(annaOnTable, facilitator, 'after-forged');
  expect(readNote(facilitator.doc, forged)).toBeUndefined();
  const fresh = connectAs(workshop, 'viewer');
  await synced(fresh);
  expect(readNote(fresh.doc, forged)).toBeUndefined();
});

test('once the facilitator lets everyone delete, a participant deletes any note, and the facilitator restores them all', async () => {
  const { server, workshop, anna, settings, facilitator, annas, pekkas } = await commonTable();
  const annasWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
  await synced(annasWorkshop);
  setCommonTableAnyoneDeletes(settings.doc, true);
  await eventually(() => expect(readCommonTableAnyoneDeletes(annasWorkshop.doc)).toBe(true));

  const annaAgain = connectClient(workshop.sync, anna.token);
  await synced(annaAgain);
  deleteNote(annaAgain.doc, pekkas);
  deleteNote(annaAgain.doc, annas);
  const deletedIds = () => recentlyDeleted(facilitator.doc).map((note) => note.id);
  await eventually(() => expect(deletedIds().sort()).toEqual([annas, pekkas].sort()));

  // Everyone leaves and every room unloads: within the grace period the text stays.
  disconnectAll();
  await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
  const restorer = connectAs(workshop, 'facilitator');
  await synced(restorer);
  const texts = recentlyDeleted(restorer.doc).map((note) => note.text);
  expect(texts.sort()).toEqual(['Matalan kynnyksen päivystys', 'Verkostotapaamiset']);
  for (const note of recentlyDeleted(restorer.doc)) expect(restoreNote(restorer.doc, note.id).ok).toBe(true);
  const reader = connectAs(workshop, 'viewer');
  await synced(reader);
  await eventually(() =>
    expect(readNote(reader.doc, pekkas)).toMatchObject({ text: 'Verkostotapaamiset', deleted: false }),
  );
  expect(readNote(reader.doc, annas)).toMatchObject({ text: 'Matalan kynnyksen päivystys', deleted: false });
});
