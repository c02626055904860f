import { type PathId, readProjectedPath, readProjectorView, setProjectorView, setStage } from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

// Issue 17: only the facilitator puts the service paths, or one path, on the projector. A
// participant's or the projector link's own client writing the choice is refused by the server.
test('the server keeps the facilitator’s choice of paths on the projector against a participant and the projector link', async () => {
  const server = await startTestServer();
  const { workshop, anna, facilitator } = await groupedWorkshop(server.url);
  setStage(facilitator.doc, 'common-table');
  const chosen = 'k3m9x2p7qa4w' as PathId;
  expect(setProjectorView(facilitator.doc, 'paths', { path: chosen }).ok).toBe(true);

  const annas = connectRoom(workshop, workshopRoom(workshop), anna.token);
  const projector = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
  await synced(annas, projector);
  await eventually(() => expect(readProjectedPath(annas.doc)).toBe(chosen));

  // Anna picks another path for the wall, then the projector's own link turns the paths off.
  expect(setProjectorView(annas.doc, 'paths', { path: 'x2p7qa4wk3m9' as PathId }).ok).toBe(true);
  await handled(annas, facilitator, 'after-anna');
  expect(setProjectorView(projector.doc, null).ok).toBe(true);
  await handled(projector, facilitator, 'after-projector');

  const fresh = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
  await synced(fresh);
  expect([readProjectorView(fresh.doc), readProjectedPath(fresh.doc)]).toEqual(['paths', chosen]);

  // The facilitator's next choice (all paths) reaches everyone.
  expect(setProjectorView(facilitator.doc, 'paths').ok).toBe(true);
  await eventually(() => expect([readProjectorView(fresh.doc), readProjectedPath(fresh.doc)]).toEqual(['paths', null]));
});
