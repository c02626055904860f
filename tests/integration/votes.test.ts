import {
  closeVote,
  createNote,
  currentVote,
  dotsOf,
  type NoteId,
  openVote,
  type PersonId,
  placeDot,
  readVotes,
  takeBackDot,
  voteResults,
} from '@avaa/board-model';
import type { Logger } from '@avaa/server';
import { afterEach, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { type CreatedWorkshop, createWorkshop, joinAs, syncOn } from './helpers/api.ts';
import { type Client, connectAs, connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { handled } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

function must<T>(result: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

/** A participant's stock client on the common table, synced and seeing the open vote. */
async function participantOn(workshop: CreatedWorkshop, token: string): Promise<Client> {
  const client = connectClient(workshop.sync, token);
  await synced(client);
  await eventually(() => expect(currentVote(client.doc)).toBeDefined());
  return client;
}

/**
 * Writes `forge` on a fresh client of `token` and waits until the server handled (dropped) it.
 * Fresh, because a client whose write was dropped has its later writes held back.
 */
async function forgeOn(workshop: CreatedWorkshop, token: string, facilitator: Client, forge: (doc: Y.Doc) => void) {
  const forger = await participantOn(workshop, token);
  forge(forger.doc);
  await handled(forger, facilitator, 'after-forgery');
  disconnect(forger);
}

/** What everyone should read: one open (or closed) vote with Anna's dot and nobody else's. */
function expectOnlyAnnasDot(doc: Y.Doc, vote: string, anna: PersonId, pekka: PersonId, note: NoteId) {
  expect(readVotes(doc).map((entry) => entry.id)).toEqual([vote]);
  expect(dotsOf(doc, vote, anna)?.notes).toEqual([note]);
  expect(dotsOf(doc, vote, pekka)?.notes).toEqual([]);
}

describe('dot votes on the common table, enforced by the server', () => {
  test("participants' own dots go through; forged slots, opening and closing do not", async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const pekka = await joinAs(server.url, workshop, 'Pekka');
    const annaId = anna.person.id;
    const pekkaId = pekka.person.id;
    const facilitator = connectAs(workshop, 'facilitator');
    await synced(facilitator);
    const note = must(createNote(facilitator.doc, 'start:services', { text: 'Matala kynnys' }));
    const vote = must(openVote(facilitator.doc, { dotsPerPerson: 2, anonymous: false }));

    const annasClient = await participantOn(workshop, anna.token);
    expect(placeDot(annasClient.doc, vote, annaId, note).ok).toBe(true);
    await eventually(() => expect(dotsOf(facilitator.doc, vote, annaId)?.notes).toEqual([note]));

    await forgeOn(workshop, anna.token, facilitator, (doc) => placeDot(doc, vote, pekkaId, note));
    await forgeOn(workshop, anna.token, facilitator, (doc) => openVote(doc, { dotsPerPerson: 5 }));
    await forgeOn(workshop, anna.token, facilitator, (doc) => closeVote(doc, vote));
    await forgeOn(workshop, pekka.token, facilitator, (doc) => takeBackDot(doc, vote, annaId, note));
    expectOnlyAnnasDot(facilitator.doc, vote, annaId, pekkaId, note);
    expect(voteResults(facilitator.doc, vote)?.closed).toBe(false);

    const third = connectClient(workshop.sync, pekka.token);
    await synced(third);
    expectOnlyAnnasDot(third.doc, vote, annaId, pekkaId, note);
    // The server still takes everyone's honest writes: Pekka's own dot, and Anna's next one.
    expect(placeDot(third.doc, vote, pekkaId, note).ok).toBe(true);
    expect(placeDot(annasClient.doc, vote, annaId, note).ok).toBe(true);
    await eventually(() => expect(voteResults(facilitator.doc, vote)?.totalDots).toBe(3));

    disconnectAll();
    await server.restart();
    const afterRestart = connectClient(syncOn(server, workshop), pekka.token);
    await synced(afterRestart);
    expect(readVotes(afterRestart.doc).map((entry) => entry.id)).toEqual([vote]);
    expect(voteResults(afterRestart.doc, vote)).toMatchObject({ closed: false, totalDots: 3 });
    expect(dotsOf(afterRestart.doc, vote, annaId)?.notes).toEqual([note, note]);
  });

  test('the facilitator opens and closes votes; participants see them', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const facilitator = connectAs(workshop, 'facilitator');
    await synced(facilitator);
    const note = must(createNote(facilitator.doc, 'during:participation', { text: 'Nuorisopaneeli' }));
    const vote = must(openVote(facilitator.doc, { dotsPerPerson: 1 }));
    const annasClient = await participantOn(workshop, anna.token);
    expect(placeDot(annasClient.doc, vote, anna.person.id, note).ok).toBe(true);
    await eventually(() => expect(voteResults(facilitator.doc, vote)?.totalDots).toBe(1));

    expect(closeVote(facilitator.doc, vote).ok).toBe(true);
    await eventually(() =>
      expect(voteResults(annasClient.doc, vote)).toMatchObject({ closed: true, perNote: [{ note, dots: 1 }] }),
    );
    const next = must(openVote(facilitator.doc, { dotsPerPerson: 3 }));
    await eventually(() => expect(currentVote(annasClient.doc)?.id).toBe(next));
  });

  test('a refused write is logged at debug level with a reason word, never its content', async () => {
    const lines: string[] = [];
    const logger: Logger = (level, event, fields = {}) => lines.push(JSON.stringify({ level, event, ...fields }));
    const server = await startTestServer({ logger });
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const facilitator = connectAs(workshop, 'facilitator');
    await synced(facilitator);
    const vote = must(openVote(facilitator.doc, { dotsPerPerson: 2 }));
    const canary = 'Kanarialintu-9c1e';
    await forgeOn(workshop, anna.token, facilitator, (doc) => {
      const entry = doc.getMap<Y.Map<unknown>>('votes').get(vote);
      const dots = entry?.get('dots') as Y.Map<unknown>;
      dots.set(`${anna.person.id}:0`, canary);
    });
    const dropped = lines.map((line) => JSON.parse(line)).filter((entry) => entry.event === 'write-dropped');
    expect(dropped).toEqual([expect.objectContaining({ level: 'debug', why: 'invalid-dot' })]);
    expect(lines.join('\n')).not.toContain(canary);
  });
});
