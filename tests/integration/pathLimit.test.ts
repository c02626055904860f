import {
  addStep,
  createPath,
  MAX_PATHS_PER_BOARD,
  MAX_STEPS_PER_PATH,
  type PathId,
  pathsMap,
  readPath,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import * as Y from 'yjs';
import { createWorkshop } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { handled } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

// board-model's MAX_PATHS_PER_BOARD and MAX_STEPS_PER_PATH, held by the server
// (server/src/sync/pathLimits.ts) against a client that writes past the operations' refusals.

/** A path written straight into the document, as a foreign client could: no operation's check. */
function rawPath(doc: Y.Doc, id: string): void {
  const entry = new Y.Map<unknown>();
  entry.set('name', 'Yksi liikaa');
  entry.set('deleted', false);
  entry.set('steps', new Y.Map<unknown>());
  pathsMap(doc).set(id, entry);
}

test(`a board takes at most ${MAX_PATHS_PER_BOARD} paths; a change adding more is dropped like a reader’s`, async () => {
  const { url } = await startTestServer();
  const workshop = await createWorkshop(url);
  const facilitator = connectAs(workshop, 'facilitator');
  const witness = connectAs(workshop, 'viewer');
  await synced(facilitator, witness);
  facilitator.doc.transact(() => {
    for (let index = 0; index < MAX_PATHS_PER_BOARD - 1; index++)
      must(createPath(facilitator.doc, { name: `Polku ${index}` }));
  });
  await eventually(() => expect(pathsMap(witness.doc).size).toBe(MAX_PATHS_PER_BOARD - 1));

  const participant = connectAs(workshop, 'participant');
  await synced(participant);
  must(createPath(participant.doc, { name: 'Viimeinen, joka mahtuu' }));
  await eventually(() => expect(pathsMap(witness.doc).size).toBe(MAX_PATHS_PER_BOARD));
  expect(createPath(participant.doc, { name: 'Yksi liikaa' })).toEqual({ ok: false, error: 'too-many-paths' });
  rawPath(participant.doc, 'toomany00001');
  await handled(participant, witness, 'after-the-limit');
  expect(pathsMap(witness.doc).size).toBe(MAX_PATHS_PER_BOARD);
  expect(pathsMap(witness.doc).has('toomany00001')).toBe(false);
});

test(`a path takes at most ${MAX_STEPS_PER_PATH} steps; a change adding more is dropped, other paths still grow`, async () => {
  const { url } = await startTestServer();
  const workshop = await createWorkshop(url);
  const facilitator = connectAs(workshop, 'facilitator');
  const witness = connectAs(workshop, 'viewer');
  await synced(facilitator, witness);
  let full: PathId | undefined;
  facilitator.doc.transact(() => {
    full = must(createPath(facilitator.doc, { name: 'Monialainen tuki' }));
    for (let index = 0; index < MAX_STEPS_PER_PATH - 1; index++) {
      must(addStep(facilitator.doc, full, { phase: 'during', text: `Askel ${index}` }));
    }
  });
  const path = full as PathId;
  await eventually(() => expect(readPath(witness.doc, path)?.steps).toHaveLength(MAX_STEPS_PER_PATH - 1));

  const participant = connectAs(workshop, 'participant');
  await synced(participant);
  must(addStep(participant.doc, path, { phase: 'ending', text: 'Viimeinen, joka mahtuu' }));
  const other = must(createPath(participant.doc, { name: 'Kertakävijä' }));
  must(addStep(participant.doc, other, { phase: 'start', text: 'Päivystys' }));
  await eventually(() => expect(readPath(witness.doc, path)?.steps).toHaveLength(MAX_STEPS_PER_PATH));
  await eventually(() => expect(readPath(witness.doc, other)?.steps).toHaveLength(1));
  expect(addStep(participant.doc, path, { phase: 'ending', text: 'Yksi liikaa' })).toEqual({
    ok: false,
    error: 'too-many-steps',
  });
  const steps = pathsMap(participant.doc).get(path)?.get('steps') as Y.Map<unknown>;
  const step = new Y.Map<unknown>();
  step.set('placement', { phase: 'ending', key: 'a9' });
  step.set('text', 'Yksi liikaa');
  step.set('removed', false);
  steps.set('toomany00001', step);
  await handled(participant, witness, 'after-the-limit');
  const stored = pathsMap(witness.doc).get(path)?.get('steps') as Y.Map<unknown>;
  expect(stored.size).toBe(MAX_STEPS_PER_PATH);
  expect(stored.has('toomany00001')).toBe(false);
});
