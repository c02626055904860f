import {
  coFacilitatorsMap,
  createNote,
  isCoFacilitator,
  notesInCell,
  readStage,
  setBoardMode,
  setStage,
} from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { getBoards, getJson } from './helpers/api.ts';
import { connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, groupRoom, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

async function call(url: string, method: 'POST' | 'DELETE', path: string, token: string | undefined) {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  const response = await fetch(`${url}${path}`, { method, headers });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

const joinLink = (url: string, id: string, token: string) =>
  getJson(`${url}/api/workshops/${id}/join-link`, { headers: { Authorization: `Bearer ${token}` } });
const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

test('a co-facilitator gets the facilitator’s rights live and loses them on revoke, without reconnecting', async () => {
  const server = await startTestServer();
  const { workshop, anna, pekka, facilitator } = await groupedWorkshop(server.url);
  const grant = `/api/workshops/${workshop.id}/co-facilitators/${anna.person.id}`;
  // Anna's sockets, opened once for the whole test: the workshop room and Pekka's group's board.
  const annasWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
  const annaOnGroup2 = connectRoom(workshop, groupRoom(workshop, 2), anna.token);
  const group2Reader = connectRoom(workshop, groupRoom(workshop, 2), workshop.sync.tokens.facilitator);
  await synced(annasWorkshop, annaOnGroup2, group2Reader);

  // Nobody but the facilitator's own token appoints: not Anna herself, not Pekka.
  expect((await call(server.url, 'POST', grant, anna.token)).status).toBe(403);
  expect((await call(server.url, 'POST', grant, pekka.token)).status).toBe(403);
  expect((await getBoards(server.url, workshop.id, anna.token)).status).toBe(403);

  expect((await call(server.url, 'POST', grant, workshop.sync.tokens.facilitator)).status).toBe(204);
  await eventually(() => expect(isCoFacilitator(annasWorkshop.doc, anna.person.id)).toBe(true));
  // On the sockets she already had open: the workshop document and another group's board.
  setStage(annasWorkshop.doc, 'group-work');
  await eventually(() => expect(readStage(facilitator.doc)).toBe('group-work'));
  createNote(annaOnGroup2.doc, 'start:services', { text: 'Kanssafasilitaattorin lappu' });
  await eventually(() =>
    expect(texts(notesInCell(group2Reader.doc, 'start:services'))).toEqual(['Kanssafasilitaattorin lappu']),
  );
  // The facilitator-only API answers her too (the boards, the join link), but she appoints nobody.
  expect((await getBoards(server.url, workshop.id, anna.token)).status).toBe(200);
  expect((await joinLink(server.url, workshop.id, anna.token)).status).toBe(200);
  const pekkaGrant = `/api/workshops/${workshop.id}/co-facilitators/${pekka.person.id}`;
  expect((await call(server.url, 'POST', pekkaGrant, anna.token)).status).toBe(403);
  // Not by writing the record through her socket either.
  coFacilitatorsMap(annasWorkshop.doc).set(pekka.person.id, true);
  await handled(annasWorkshop, facilitator, 'after-appoint');
  expect(isCoFacilitator(facilitator.doc, pekka.person.id)).toBe(false);

  expect((await call(server.url, 'DELETE', grant, workshop.sync.tokens.facilitator)).status).toBe(204);
  await eventually(() => expect(isCoFacilitator(facilitator.doc, anna.person.id)).toBe(false));
  expect((await getBoards(server.url, workshop.id, anna.token)).status).toBe(403);
  expect((await joinLink(server.url, workshop.id, anna.token)).status).toBe(403);
  // Her socket on Pekka's group's board, open all along, writes no more.
  createNote(annaOnGroup2.doc, 'ending:services', { text: 'Oikeuksien jälkeen' });
  await handled(annaOnGroup2, group2Reader, 'after-revoke-note');
  expect(texts(notesInCell(group2Reader.doc, 'ending:services'))).toEqual([]);
  // A fresh client of hers (her old one is ahead of the server after the refused record).
  const annaAgain = connectRoom(workshop, workshopRoom(workshop), anna.token);
  await synced(annaAgain);
  setStage(annaAgain.doc, 'common-table');
  setBoardMode(annaAgain.doc, { kind: 'plenary' }, 'locked');
  await handled(annaAgain, facilitator, 'after-revoke');
  expect(readStage(facilitator.doc)).toBe('group-work');
});

test('a participant cannot make herself co-facilitator through the socket, nor can the facilitator’s client', async () => {
  const server = await startTestServer();
  const { workshop, anna, facilitator } = await groupedWorkshop(server.url);
  const annasWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
  await synced(annasWorkshop);
  coFacilitatorsMap(annasWorkshop.doc).set(anna.person.id, true);
  await handled(annasWorkshop, facilitator, 'after-self-appoint');
  expect(isCoFacilitator(facilitator.doc, anna.person.id)).toBe(false);

  // The record is the server's: even the facilitator's own client does not write it.
  coFacilitatorsMap(facilitator.doc).set(anna.person.id, true);
  const reader = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
  await handled(facilitator, reader, 'after-facilitator-write');
  const fresh = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
  await synced(fresh);
  expect(isCoFacilitator(fresh.doc, anna.person.id)).toBe(false);
  // And Anna still cannot write her own group's board as anything but herself: nothing changed.
  expect((await getBoards(server.url, workshop.id, anna.token)).status).toBe(403);
  expect(
    (
      await call(
        server.url,
        'POST',
        `/api/workshops/${workshop.id}/co-facilitators/nobody`,
        workshop.sync.tokens.facilitator,
      )
    ).status,
  ).toBe(404);
});

test('a second facilitator link works for the day; only the facilitator’s lasting link mints one', async () => {
  const server = await startTestServer();
  const { workshop, anna } = await groupedWorkshop(server.url);
  const path = `/api/workshops/${workshop.id}/facilitator-link`;
  expect((await call(server.url, 'POST', path, undefined)).status).toBe(401);
  expect((await call(server.url, 'POST', path, anna.token)).status).toBe(403);
  const minted = await call(server.url, 'POST', path, workshop.sync.tokens.facilitator);
  expect(minted.status).toBe(200);
  const second = minted.body as { token: string; expiresAt: number; links: { facilitator: string } };
  expect(second.links.facilitator).toContain(`#token=${second.token}`);
  expect(second.token).not.toBe(workshop.sync.tokens.facilitator);
  expect(second.expiresAt).toBeGreaterThan(Date.now());
  // It carries the day: the facilitator's API and the workshop document.
  expect((await getBoards(server.url, workshop.id, second.token)).status).toBe(200);
  const device = connectRoom(workshop, workshopRoom(workshop), second.token);
  const reader = connectClient(workshop.sync, workshop.sync.tokens.viewer);
  await synced(device, reader);
  setBoardMode(device.doc, { kind: 'plenary' }, 'locked');
  const check = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
  await eventually(async () => {
    await synced(check);
    expect(check.doc.getMap('boardModes').get('plenary')).toBe('locked');
  });
  // It mints no further links, and a co-facilitator mints none.
  expect((await call(server.url, 'POST', path, second.token)).status).toBe(403);
  await call(
    server.url,
    'POST',
    `/api/workshops/${workshop.id}/co-facilitators/${anna.person.id}`,
    workshop.sync.tokens.facilitator,
  );
  expect((await call(server.url, 'POST', path, anna.token)).status).toBe(403);
});
