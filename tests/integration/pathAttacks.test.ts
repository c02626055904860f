import {
  addStep,
  createPath,
  deletePath,
  type PathId,
  pathsMap,
  readCommonTableAnyoneDeletes,
  readPath,
  readPaths,
  setCommonTableAnyoneDeletes,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { type Client, connectAs, connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, handled, workshopRoom } from './helpers/workshop.ts';

// The common table's rules for service paths, as attacks of a participant with a stock client
// through the real socket: each is dropped (never stored, never relayed) while the honest writes
// around it are stored. The rules: board-model's checkBoardWrites (deletion/boardWrites.ts).

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

type Person = Awaited<ReturnType<typeof groupedWorkshop>>['anna'];

/** A path the person draws on the common table as the web app would: signed with their person id. */
function draw(client: Client, person: Person, name: string): PathId {
  const created = createPath(client.doc, { name, createdBy: person.person.id });
  if (!created.ok) throw new Error(created.error);
  const step = addStep(client.doc, created.value, { phase: 'start', text: 'Päivystys' });
  if (!step.ok) throw new Error(step.error);
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
  const annas = draw(annaOnTable, anna, 'Kertakävijä');
  const pekkas = draw(pekkaOnTable, pekka, 'Nuori, joka etsii opiskelupaikkaa');
  await eventually(() => expect(readPaths(facilitator.doc)).toHaveLength(2));
  await synced(annaOnTable);
  await eventually(() => expect(readPath(annaOnTable.doc, pekkas)?.steps).toHaveLength(1));
  return { workshop, anna, pekka, settings: grouped.facilitator, facilitator, annaOnTable, annas, pekkas };
}

/** What a reader who comes now gets from the server: what it stored. */
async function storedPaths(workshop: Parameters<typeof connectAs>[0]) {
  const fresh = connectAs(workshop, 'viewer');
  await synced(fresh);
  const paths = readPaths(fresh.doc);
  disconnect(fresh);
  return paths;
}

test('a path drawn in someone else’s name is refused; the same person’s own path is stored', async () => {
  const { workshop, pekka, facilitator, annaOnTable, annas } = await commonTable();
  const forged = draw(annaOnTable, pekka, 'Pekan nimissä');
  await handled(annaOnTable, facilitator, 'after-forged');
  expect(readPath(facilitator.doc, forged)).toBeUndefined();
  const stored = await storedPaths(workshop);
  expect(stored.map((path) => path.id)).not.toContain(forged);
  expect(stored.find((path) => path.id === annas)?.createdBy).toBeDefined();
});

test("taking over another's path by writing createdBy is refused", async () => {
  const { workshop, anna, facilitator, annaOnTable, pekkas, pekka } = await commonTable();
  pathsMap(annaOnTable.doc).get(pekkas)?.set('createdBy', anna.person.id);
  await handled(annaOnTable, facilitator, 'after-claim');
  expect(readPath(facilitator.doc, pekkas)?.createdBy).toBe(pekka.person.id);
  expect((await storedPaths(workshop)).find((path) => path.id === pekkas)?.createdBy).toBe(pekka.person.id);
});

test("deleting another's path on the common table is refused until the facilitator lets everyone", async () => {
  const { workshop, anna, settings, facilitator, annaOnTable, annas, pekkas } = await commonTable();
  expect(deletePath(annaOnTable.doc, pekkas).ok).toBe(true);
  await handled(annaOnTable, facilitator, 'after-foreign-delete');
  expect(readPath(facilitator.doc, pekkas)).toBeDefined();
  expect((await storedPaths(workshop)).map((path) => path.id)).toContain(pekkas);
  disconnect(annaOnTable);

  // Her refused change holds back that client's later ones: a new client, as after a reload.
  const annaAgain = connectClient(workshop.sync, anna.token);
  await synced(annaAgain);
  expect(deletePath(annaAgain.doc, annas).ok).toBe(true);
  await eventually(() => expect(readPath(facilitator.doc, annas)).toBeUndefined());

  const annasWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
  await synced(annasWorkshop);
  setCommonTableAnyoneDeletes(settings.doc, true);
  await eventually(() => expect(readCommonTableAnyoneDeletes(annasWorkshop.doc)).toBe(true));
  expect(deletePath(annaAgain.doc, pekkas).ok).toBe(true);
  await eventually(() => expect(readPath(facilitator.doc, pekkas)).toBeUndefined());
  expect(await storedPaths(workshop)).toEqual([]);
});

test("replacing another's path entry, or removing a step of it, is refused even when everyone may delete", async () => {
  const { workshop, anna, settings, facilitator, annaOnTable, pekkas } = await commonTable();
  setCommonTableAnyoneDeletes(settings.doc, true);
  const settingsSeen = connectRoom(workshop, workshopRoom(workshop), anna.token);
  await synced(settingsSeen);
  await eventually(() => expect(readCommonTableAnyoneDeletes(settingsSeen.doc)).toBe(true));

  const replacement = new Y.Map<unknown>();
  replacement.set('name', 'Korvattu');
  replacement.set('steps', new Y.Map<unknown>());
  pathsMap(annaOnTable.doc).set(pekkas, replacement);
  await handled(annaOnTable, facilitator, 'after-replace');
  expect(readPath(facilitator.doc, pekkas)).toMatchObject({ name: 'Nuori, joka etsii opiskelupaikkaa' });
  disconnect(annaOnTable);

  const annaAgain = connectClient(workshop.sync, anna.token);
  await synced(annaAgain);
  const steps = pathsMap(annaAgain.doc).get(pekkas)?.get('steps') as Y.Map<unknown>;
  const [step] = [...steps.keys()];
  if (!step) throw new Error('no step');
  steps.delete(step);
  await handled(annaAgain, facilitator, 'after-step-removal');
  expect(readPath(facilitator.doc, pekkas)?.steps.map((each) => each.text)).toEqual(['Päivystys']);
  const stored = (await storedPaths(workshop)).find((path) => path.id === pekkas);
  expect(stored).toMatchObject({ name: 'Nuori, joka etsii opiskelupaikkaa' });
  expect(stored?.steps).toHaveLength(1);
});

test('a step one adds to another’s path is one’s own to take back; a step signed as someone else is refused', async () => {
  const { workshop, anna, pekka, facilitator, annaOnTable, pekkas } = await commonTable();
  const undo = new Y.UndoManager(pathsMap(annaOnTable.doc));
  const added = addStep(annaOnTable.doc, pekkas, { phase: 'ending', text: 'Jatko-ohjaus', createdBy: anna.person.id });
  if (!added.ok) throw new Error(added.error);
  await eventually(() => expect(readPath(facilitator.doc, pekkas)?.steps).toHaveLength(2));
  // Her Undo removes the entry she wrote: stored, as an Undo of her own new note is.
  undo.undo();
  undo.destroy();
  await eventually(() => expect(readPath(facilitator.doc, pekkas)?.steps).toHaveLength(1));

  const forged = addStep(annaOnTable.doc, pekkas, {
    phase: 'ending',
    text: 'Pekan nimissä',
    createdBy: pekka.person.id,
  });
  if (!forged.ok) throw new Error(forged.error);
  await handled(annaOnTable, facilitator, 'after-forged-step');
  expect(readPath(facilitator.doc, pekkas)?.steps.map((step) => step.text)).toEqual(['Päivystys']);
  expect((await storedPaths(workshop)).find((path) => path.id === pekkas)?.steps).toHaveLength(1);
});
