import {
  endReadyCheck,
  type PersonId,
  type ReadyCheckState,
  readReadyCheckState,
  readyAnswersMap,
  removePerson,
  setStage,
  startReadyCheck,
} from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import { sendReadyAnswer } from '@avaa/workshop-client';
import { afterEach, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { type CreatedWorkshop, createWorkshop, joinAs } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { type Client, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

async function answer(url: string, workshop: CreatedWorkshop, token: string | undefined, body: unknown) {
  const response = await fetch(`${url}/api/workshops/${workshop.id}/ready`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const answers = (state: ReadyCheckState | null) => state?.answerers.map((entry) => [entry.key, entry.answer]);

async function onWorkshop(workshop: CreatedWorkshop, token: string): Promise<Client> {
  const client = connectRoom(workshop, workshopRoom(workshop), token);
  await synced(client);
  return client;
}

/** Writes `forge` on a fresh client of `token` and waits until the server handled (dropped) it. */
async function forgeOn(workshop: CreatedWorkshop, token: string, observer: Client, forge: (doc: Y.Doc) => void) {
  const forger = await onWorkshop(workshop, token);
  forge(forger.doc);
  await handled(forger, observer, 'after-forgery');
  disconnect(forger);
}

describe('the ready check, enforced by the server', () => {
  test('each person answers for themselves through the API; everyone sees the count live', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const pekka = await joinAs(server.url, workshop, 'Pekka', 'network-partner');
    const facilitator = await onWorkshop(workshop, workshop.sync.tokens.facilitator);
    const projector = await onWorkshop(workshop, workshop.sync.tokens.viewer);
    expect((await answer(server.url, workshop, anna.token, { check: 'abcdefghijkl', answer: 'ready' })).body).toEqual({
      error: 'no-ready-check',
    });
    const check = must(startReadyCheck(facilitator.doc, 'people'));
    await eventually(() => expect(readReadyCheckState(projector.doc)).toMatchObject({ ready: 0, total: 2 }));

    // Pekka's field in Anna's request changes nothing: the token names whose answer it is.
    const annas = await answer(server.url, workshop, anna.token, { check, answer: 'ready', person: pekka.person.id });
    expect(annas).toEqual({ status: 200, body: { check, answer: 'ready' } });
    expect(await answer(server.url, workshop, pekka.token, { check, answer: 'more-time' })).toMatchObject({
      status: 200,
    });
    await eventually(() =>
      expect(answers(readReadyCheckState(projector.doc))).toEqual([
        [anna.person.id, 'ready'],
        [pekka.person.id, 'more-time'],
      ]),
    );
    expect(await answer(server.url, workshop, pekka.token, { check, answer: 'ready' })).toMatchObject({ status: 200 });
    await eventually(() => expect(readReadyCheckState(facilitator.doc)).toMatchObject({ ready: 2, total: 2 }));
    // The typed client the web app sends with: the stored answer, or a refusal by its name.
    const target = { base: server.url, workshop: workshop.id as WorkshopId, token: anna.token };
    expect(await sendReadyAnswer(target, check, 'more-time')).toEqual({
      ok: true,
      value: { check, answer: 'more-time' },
    });
    expect(await sendReadyAnswer({ ...target, token: workshop.sync.tokens.viewer }, check, 'ready')).toMatchObject({
      ok: false,
      kind: 'refused',
      error: 'forbidden',
    });

    await eventually(() => expect(readReadyCheckState(projector.doc)).toMatchObject({ ready: 1, total: 2 }));
    // Moving on ends it: a late answer is refused and writes nothing.
    expect(setStage(facilitator.doc, 'group-work').ok).toBe(true);
    await eventually(async () =>
      expect((await answer(server.url, workshop, anna.token, { check, answer: 'more-time' })).body).toEqual({
        error: 'no-ready-check',
      }),
    );
  });

  test('no socket writes an answer, not even the facilitator’s; role links and removed people are refused', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const pekka = await joinAs(server.url, workshop, 'Pekka');
    const facilitator = await onWorkshop(workshop, workshop.sync.tokens.facilitator);
    const check = must(startReadyCheck(facilitator.doc, 'people'));
    const forge = (person: PersonId) => (doc: Y.Doc) => readyAnswersMap(doc).set(`${check} ${person}`, 'ready');
    await forgeOn(workshop, workshop.sync.tokens.facilitator, facilitator, forge(pekka.person.id));
    await forgeOn(workshop, anna.token, facilitator, forge(pekka.person.id));
    await forgeOn(workshop, anna.token, facilitator, forge(anna.person.id));
    const reader = await onWorkshop(workshop, anna.token);
    expect(readReadyCheckState(reader.doc)).toMatchObject({ ready: 0, total: 2 });
    expect(readyAnswersMap(reader.doc).size).toBe(0);

    for (const token of [
      workshop.sync.tokens.facilitator,
      workshop.sync.tokens.viewer,
      workshop.sync.tokens.participant,
    ]) {
      expect((await answer(server.url, workshop, token, { check, answer: 'ready' })).body).toEqual({
        error: 'forbidden',
      });
    }
    expect(await answer(server.url, workshop, undefined, { check, answer: 'ready' })).toMatchObject({ status: 401 });
    expect(await answer(server.url, workshop, anna.token, { check, answer: 'maybe' })).toEqual({
      status: 400,
      body: { error: 'unknown-ready-answer', field: 'answer' },
    });
    expect(removePerson(facilitator.doc, pekka.person.id).ok).toBe(true);
    await eventually(async () =>
      expect((await answer(server.url, workshop, pekka.token, { check, answer: 'ready' })).body).toEqual({
        error: 'forbidden',
      }),
    );
    expect(endReadyCheck(facilitator.doc).ok).toBe(true);
  });

  test('a group answers as one: any member for it; someone in no group is not asked', async () => {
    const server = await startTestServer();
    const { workshop, anna, pekka, facilitator } = await groupedWorkshop(server.url);
    const loose = await joinAs(server.url, workshop, 'Leena');
    const check = must(startReadyCheck(facilitator.doc, 'groups'));
    const projector = await onWorkshop(workshop, workshop.sync.tokens.viewer);
    await eventually(() => expect(readReadyCheckState(projector.doc)).toMatchObject({ scope: 'groups', total: 2 }));
    expect(await answer(server.url, workshop, anna.token, { check, answer: 'ready' })).toMatchObject({ status: 200 });
    expect(await answer(server.url, workshop, pekka.token, { check, answer: 'more-time' })).toMatchObject({
      status: 200,
    });
    expect(await answer(server.url, workshop, loose.token, { check, answer: 'ready' })).toEqual({
      status: 403,
      body: { error: 'not-in-ready-check' },
    });
    await eventually(() =>
      expect(answers(readReadyCheckState(projector.doc))).toEqual([
        ['group-1', 'ready'],
        ['group-2', 'more-time'],
      ]),
    );
  });
});
