import {
  addAgreement,
  createPath,
  linkPathToAgreement,
  type PathId,
  readAgreements,
  unlinkPathFromAgreement,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { must } from './helpers/apiResults.ts';
import { connectAs, connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, handled, workshopRoom } from './helpers/workshop.ts';

// Linking a service path to an agreement item writes the workshop room, which only the
// facilitator writes (server/src/auth/access.ts): a participant's link or unlink with a stock
// client through the real socket is dropped, never stored, while the facilitator's is stored.

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

test("a participant's path link or unlink on an agreement item is refused; the facilitator's is stored", async () => {
  const server = await startTestServer();
  const { workshop, anna, facilitator } = await groupedWorkshop(server.url);
  const table = connectAs(workshop, 'facilitator');
  const annaOnTable = connectClient(workshop.sync, anna.token);
  const annasWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
  await synced(table, annaOnTable, annasWorkshop);
  const visitor = must(createPath(table.doc, { name: 'Kertakävijä' }));
  const student = must(createPath(table.doc, { name: 'Nuori, joka etsii opiskelupaikkaa' }));
  const item = must(addAgreement(facilitator.doc, 'other-material', { text: 'Päivitetään palvelupolkukuvaukset' }));
  must(linkPathToAgreement(facilitator.doc, table.doc, item, visitor));
  await eventually(() => expect(readAgreements(annasWorkshop.doc)[0]?.paths).toEqual([visitor]));
  await eventually(() => expect(annaOnTable.doc.getMap('paths').size).toBe(2));

  // Anna's stock client links the other path and unlinks the facilitator's.
  must(linkPathToAgreement(annasWorkshop.doc, annaOnTable.doc, item, student));
  must(unlinkPathFromAgreement(annasWorkshop.doc, item, visitor));
  await handled(annasWorkshop, facilitator, 'after-links');
  expect(readAgreements(facilitator.doc)[0]?.paths).toEqual([visitor]);
  const stored = async (): Promise<readonly PathId[] | undefined> => {
    const fresh = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
    await synced(fresh);
    const paths = readAgreements(fresh.doc)[0]?.paths;
    disconnect(fresh);
    return paths;
  };
  expect(await stored()).toEqual([visitor]);

  // The facilitator's own link is stored.
  must(linkPathToAgreement(facilitator.doc, table.doc, item, student));
  await eventually(async () => expect(await stored()).toEqual([visitor, student].sort()));
});
