import { closeVote, createNote, currentVote, openVote, readVotes, voteResults } from '@avaa/board-model';
import type { Logger } from '@avaa/server';
import { afterEach, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { type CreatedWorkshop, createWorkshop, joinAs, syncOn } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { type Client, connectAs, connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { myDots, placeDot } from './helpers/dots.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { handled } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

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

describe('dot votes on the common table, enforced by the server', () => {
  test('the facilitator opens and closes votes; participants neither; dots and counts survive a restart', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const anna = await joinAs(server.url, workshop, 'Anna');
    const facilitator = connectAs(workshop, 'facilitator');
    await synced(facilitator);
    const note = must(createNote(facilitator.doc, 'during:participation', { text: 'Nuorisopaneeli' }));
    const vote = must(openVote(facilitator.doc, { dotsPerPerson: 2 }));
    const annasClient = await participantOn(workshop, anna.token);
    expect(await placeDot(server.url, workshop, vote, anna.token, note)).toMatchObject({ status: 201 });
    await eventually(() => expect(voteResults(annasClient.doc, vote)?.totalDots).toBe(1));

    await forgeOn(workshop, anna.token, facilitator, (doc) => openVote(doc, { dotsPerPerson: 5 }));
    await forgeOn(workshop, anna.token, facilitator, (doc) => closeVote(doc, vote));
    expect(readVotes(facilitator.doc).map((entry) => [entry.id, entry.closed])).toEqual([[vote, false]]);

    disconnectAll();
    await server.restart();
    expect((await myDots(server.url, workshop, vote, anna.token)).body).toEqual({ notes: [note], left: 1, total: 2 });
    const again = connectClient(syncOn(server, workshop), workshop.sync.tokens.facilitator);
    await synced(again);
    expect(voteResults(again.doc, vote)).toMatchObject({ closed: false, totalDots: 1 });
    expect(closeVote(again.doc, vote).ok).toBe(true);
    const reader = connectClient(syncOn(server, workshop), anna.token);
    await eventually(() =>
      expect(voteResults(reader.doc, vote)).toMatchObject({ closed: true, perNote: [{ note, dots: 1 }] }),
    );
    const next = must(openVote(again.doc, { dotsPerPerson: 3 }));
    await eventually(() => expect(currentVote(reader.doc)?.id).toBe(next));
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
      doc.getMap<Y.Map<unknown>>('votes').get(vote)?.set('note', canary);
    });
    const dropped = lines.map((line) => JSON.parse(line)).filter((entry) => entry.event === 'write-dropped');
    expect(dropped).toEqual([expect.objectContaining({ level: 'debug', why: 'vote-structure' })]);
    expect(lines.join('\n')).not.toContain(canary);
  });
});
