import {
  addStep,
  createPath,
  deletePath,
  eraseDeletedNotes,
  eraseDeletedPaths,
  pathsMap,
  recentlyDeletedPaths,
  removeStep,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { createWorkshop, getJson } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { filesHolding, newCanary } from './helpers/canary.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

// "Erase now" in the facilitator's Recently deleted (deleted/RecentlyDeleted.tsx) for a deleted
// service path: within the week's grace its texts are kept; once erased they leave every file.

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

test("a deleted path's name, description and step texts leave every database file after the facilitator's Erase now", async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const facilitator = connectAs(workshop, 'facilitator');
  await synced(facilitator);
  const [name, description, step, reason] = [newCanary(), newCanary(), newCanary(), newCanary()];
  const path = must(createPath(facilitator.doc, { name, description }));
  must(addStep(facilitator.doc, path, { phase: 'start', text: step, risk: { kind: 'waiting', reason } }));
  must(deletePath(facilitator.doc, path));
  await eventually(() => expect(filesHolding(server.dataDir, step)).not.toEqual([]));
  disconnectAll();
  await eventually(async () => expect((await getJson(`${server.url}/healthz`)).body).toMatchObject({ rooms: 0 }));
  // Within the grace period the unload keeps it: the facilitator may still restore it.
  expect(filesHolding(server.dataDir, name)).not.toEqual([]);

  const back = connectAs(workshop, 'facilitator');
  await synced(back);
  expect(recentlyDeletedPaths(back.doc).map((p) => p.name)).toEqual([name]);
  // What the Erase now button does.
  eraseDeletedNotes(back.doc);
  expect(eraseDeletedPaths(back.doc)).toBe(1);
  const witness = connectAs(workshop, 'viewer');
  await synced(witness);
  await eventually(() => expect(pathsMap(witness.doc).get(path)?.get('name')).toBe(''));
  disconnectAll();
  for (const canary of [name, description, step, reason]) {
    await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
  }
});

test("a removed step's text leaves every database file after the facilitator's Erase now", async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const facilitator = connectAs(workshop, 'facilitator');
  await synced(facilitator);
  const canary = newCanary();
  const path = must(createPath(facilitator.doc, { name: 'Kertakävijä' }));
  const removed = must(addStep(facilitator.doc, path, { phase: 'start', text: canary }));
  must(addStep(facilitator.doc, path, { phase: 'ending', text: 'Tämä jää' }));
  must(removeStep(facilitator.doc, path, removed));
  await eventually(() => expect(filesHolding(server.dataDir, canary)).not.toEqual([]));
  expect(eraseDeletedPaths(facilitator.doc)).toBe(1);
  const witness = connectAs(workshop, 'viewer');
  await synced(witness);
  await eventually(() => expect(JSON.stringify(pathsMap(witness.doc).toJSON())).not.toContain(canary));
  disconnectAll();
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});
