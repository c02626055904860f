import {
  acceptProposal,
  addAgreement,
  MAX_OPEN_PROPOSALS,
  readAgreements,
  readProposals,
  readRegister,
  removePerson,
} from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import { type CreatedWorkshop, syncOn } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

async function propose(url: string, workshop: CreatedWorkshop, token: string | undefined, body: unknown) {
  const response = await fetch(`${url}/api/workshops/${workshop.id}/agreements/proposals`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("participants' proposals for the agreements register", () => {
  test('a participant proposes through the API; it is stored, live for everyone, and the facilitator accepts it', async () => {
    const server = await startTestServer();
    const { workshop, anna } = await groupedWorkshop(server.url);
    const answer = await propose(server.url, workshop, anna.token, {
      section: 'next-meeting',
      text: 'Arviointi 3/2027',
    });
    expect(answer.status).toBe(201);
    const id = String(answer.body.id);
    const annasView = connectRoom(workshop, workshopRoom(workshop), anna.token);
    await eventually(() =>
      expect(readProposals(annasView.doc).map((item) => [item.id, item.text, item.proposedBy])).toEqual([
        [id, 'Arviointi 3/2027', anna.person.id],
      ]),
    );
    disconnectAll();
    await server.restart();
    const again = connectClient(
      { ...syncOn(server, workshop), board: workshopRoom(workshop) },
      workshop.sync.tokens.facilitator,
    );
    await synced(again);
    expect(readProposals(again.doc).map((item) => item.id)).toEqual([id]);
    must(acceptProposal(again.doc, id));
    const reader = connectClient({ ...syncOn(server, workshop), board: workshopRoom(workshop) }, anna.token);
    await eventually(() => expect(readAgreements(reader.doc).map((item) => item.id)).toEqual([id]));
  });

  test('the proposer is the token, never the body; role links, removed people and bad input are refused', async () => {
    const server = await startTestServer();
    const { workshop, anna, pekka } = await groupedWorkshop(server.url);
    const forged = await propose(server.url, workshop, anna.token, {
      section: 'decide-now',
      text: 'Minun nimissäni',
      proposedBy: pekka.person.id,
    });
    expect(forged.status).toBe(201);
    const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    await eventually(() =>
      expect(readProposals(facilitator.doc).map((item) => item.proposedBy)).toEqual([anna.person.id]),
    );

    const refusals = await Promise.all([
      propose(server.url, workshop, undefined, { section: 'decide-now', text: 'x' }),
      propose(server.url, workshop, workshop.sync.tokens.viewer, { section: 'decide-now', text: 'x' }),
      propose(server.url, workshop, workshop.sync.tokens.participant, { section: 'decide-now', text: 'x' }),
      propose(server.url, workshop, workshop.sync.tokens.facilitator, { section: 'decide-now', text: 'x' }),
      propose(server.url, workshop, anna.token, { section: 'nonsense', text: 'x' }),
      propose(server.url, workshop, anna.token, { section: 'decide-now', text: '   ' }),
      propose(server.url, workshop, anna.token, { section: 'decide-now', text: 'x'.repeat(5000) }),
      propose(server.url, workshop, anna.token, { section: 'decide-now', text: 'a\u202Eb' }),
      propose(server.url, workshop, anna.token, { section: 'decide-now', text: 7 }),
      propose(server.url, workshop, anna.token, '{"section":'),
    ]);
    expect(refusals.map((answer) => [answer.status, answer.body.error, answer.body.field])).toEqual([
      [401, 'unauthorized', undefined],
      [403, 'forbidden', undefined],
      [403, 'forbidden', undefined],
      [403, 'forbidden', undefined],
      [400, 'unknown-section', 'section'],
      [400, 'empty', 'text'],
      [400, 'too-long', 'text'],
      [400, 'control-character', 'text'],
      [400, 'not-a-string', 'text'],
      [400, 'invalid-json', undefined],
    ]);
    must(removePerson(facilitator.doc, pekka.person.id));
    await handled(facilitator, connectRoom(workshop, workshopRoom(workshop), anna.token), 'removed');
    expect((await propose(server.url, workshop, pekka.token, { section: 'decide-now', text: 'x' })).status).toBe(403);
    expect(readProposals(facilitator.doc)).toHaveLength(1);
  });

  test('one person has at most the limit waiting; a participant cannot write a proposal into the document', async () => {
    const server = await startTestServer();
    const { workshop, anna } = await groupedWorkshop(server.url);
    for (let index = 0; index < MAX_OPEN_PROPOSALS; index += 1) {
      expect(
        (await propose(server.url, workshop, anna.token, { section: 'adoption', text: `Asia ${index}` })).status,
      ).toBe(201);
    }
    const over = await propose(server.url, workshop, anna.token, { section: 'adoption', text: 'Yksi liikaa' });
    expect([over.status, over.body.error]).toEqual([409, 'too-many-proposals']);

    const forger = connectRoom(workshop, workshopRoom(workshop), anna.token);
    await synced(forger);
    const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    await synced(facilitator);
    must(addAgreement(forger.doc, 'decide-now', { text: 'Ohi palvelimen' }));
    await handled(forger, facilitator, 'after-forgery');
    disconnect(forger);
    expect(readRegister(facilitator.doc).map((item) => item.text)).not.toContain('Ohi palvelimen');
    expect(readProposals(facilitator.doc)).toHaveLength(MAX_OPEN_PROPOSALS);
  });
});
