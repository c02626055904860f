import { addStep, createPath, deletePath, type PathId, pathsMap, readPath, removeStep } from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { createWorkshop, joinAs, syncOn } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { filesHolding, newCanary } from './helpers/canary.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

// Deleted service paths and removed steps lose their texts a week after the server saw them go,
// as deleted notes do (deletionClock.test.ts): by the server's clock, at load and while open.

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const DAY_MS = 24 * 60 * 60 * 1000;

function testClock() {
  const clock = { at: Date.now() };
  return { clock, now: () => clock.at };
}

const pathEntry = (doc: Y.Doc, id: PathId) => pathsMap(doc).get(id)?.toJSON();

test('a path deleted with its writer’s time a century ahead is erased 8 days later at load, a removed step too, from every file', async () => {
  const { clock, now } = testClock();
  const first = await startTestServer({ now });
  const workshop = await createWorkshop(first.url);
  const joined = await joinAs(first.url, workshop, 'Anna');
  const anna = connectClient(workshop.sync, joined.token);
  const witness = connectAs(workshop, 'viewer');
  await synced(anna, witness);
  const pathCanary = newCanary();
  const stepCanary = newCanary();
  const gone = must(createPath(anna.doc, { name: pathCanary, description: 'Kuvaus', createdBy: joined.person.id }));
  must(addStep(anna.doc, gone, { phase: 'start', text: 'Päivystys' }));
  const kept = must(createPath(anna.doc, { name: 'Kertakävijä', createdBy: joined.person.id }));
  const removed = must(addStep(anna.doc, kept, { phase: 'start', text: stepCanary }));
  must(addStep(anna.doc, kept, { phase: 'ending', text: 'Tämä jää' }));
  must(deletePath(anna.doc, gone, { now: () => clock.at + 100 * 365 * DAY_MS }));
  must(removeStep(anna.doc, kept, removed));
  await eventually(() => expect(readPath(witness.doc, kept)?.steps).toHaveLength(1));
  await eventually(() => expect(pathEntry(witness.doc, gone)).toMatchObject({ deleted: true }));
  disconnectAll();
  await first.close();
  expect(filesHolding(first.dataDir, pathCanary)).not.toEqual([]);

  // A day later the texts are still there: the week counts from the server's time.
  clock.at += DAY_MS;
  const second = await startTestServer({ dataDir: first.dataDir, now });
  const early = connectClient(syncOn(second, workshop), workshop.sync.tokens.viewer);
  await synced(early);
  expect(pathEntry(early.doc, gone)).toMatchObject({ name: pathCanary, deleted: true });
  disconnectAll();
  await second.close();

  clock.at += 7 * DAY_MS;
  const third = await startTestServer({ dataDir: first.dataDir, now });
  const reader = connectClient(syncOn(third, workshop), workshop.sync.tokens.viewer);
  await synced(reader);
  expect(pathEntry(reader.doc, gone)).toMatchObject({ name: '', description: '', deleted: true });
  expect(readPath(reader.doc, kept)?.steps.map((step) => step.text)).toEqual(['Tämä jää']);
  expect(pathsMap(reader.doc).get(kept)?.get('name')).toBe('Kertakävijä');
  await eventually(() => expect(filesHolding(third.dataDir, pathCanary)).toEqual([]));
  await eventually(() => expect(filesHolding(third.dataDir, stepCanary)).toEqual([]));
});

test('a board open all week long has a deleted path erased by the periodic sweep, in every client and file', async () => {
  const { clock, now } = testClock();
  const server = await startTestServer({ now, deletedNoteSweepMs: 50 });
  const workshop = await createWorkshop(server.url);
  const facilitator = connectAs(workshop, 'facilitator');
  const witness = connectAs(workshop, 'viewer');
  await synced(facilitator, witness);
  const canary = newCanary();
  const path = must(createPath(facilitator.doc, { name: 'Opiskelupaikka', description: canary }));
  must(deletePath(facilitator.doc, path));
  await eventually(() => expect(pathEntry(witness.doc, path)).toMatchObject({ deleted: true }));
  await eventually(() => expect(filesHolding(server.dataDir, canary)).not.toEqual([]));

  clock.at += 8 * DAY_MS;
  await eventually(() => expect(pathEntry(witness.doc, path)).toMatchObject({ description: '', name: '' }));
  expect(pathEntry(facilitator.doc, path)).toMatchObject({ description: '', deleted: true });
  await eventually(() => expect(filesHolding(server.dataDir, canary)).toEqual([]));
});
