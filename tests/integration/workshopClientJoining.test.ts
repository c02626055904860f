import { setJoiningOpen, setStage } from '@avaa/board-model';
import { ApiError, type ParticipantRole } from '@avaa/protocol';
import { createWorkshop, fetchJoinLink, joinWorkshop, lookupJoinCode } from '@avaa/workshop-client';
import { afterEach, describe, expect, test } from 'vitest';
import { must, refusal } from './helpers/apiResults.ts';
import { disconnectAll, synced } from './helpers/clients.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

async function newWorkshop(url: string) {
  return must(await createWorkshop(url, { title: 'Ohjaamo Turku', language: 'sv' }));
}

describe('workshop-client: joining', () => {
  test('joinWorkshop stores the person and hands out their token, or names what is wrong', async () => {
    const { url } = await startTestServer();
    const workshop = await newWorkshop(url);
    const { participant, viewer } = workshop.sync.tokens;
    const join = (name: string, role: ParticipantRole = 'network-partner', token = participant) =>
      joinWorkshop(url, workshop.id, token, { name, role });

    const joined = must(await join('  Aino  '));
    expect(joined.person).toMatchObject({ name: 'Aino', role: 'network-partner' });
    expect(joined.token).not.toBe(participant);

    expect(await join('   ')).toMatchObject(refusal(ApiError.emptyName, 'name'));
    expect(await join('x'.repeat(61))).toMatchObject(refusal(ApiError.nameTooLong, 'name'));
    expect(await join('Bell\u0007')).toMatchObject(refusal(ApiError.controlCharacter, 'name'));
    // A client built against another version may send a role this server does not know.
    expect(await join('Aino', 'boss' as ParticipantRole)).toMatchObject(refusal(ApiError.unknownRole, 'role'));
    expect(await join('Aino', 'core-staff', viewer)).toMatchObject(refusal(ApiError.forbidden));
    expect(await join('Aino', 'core-staff', 'forged')).toMatchObject(refusal(ApiError.unauthorized));
  });

  test('joinWorkshop once the facilitator closed joining is refused as closed', async () => {
    const { url } = await startTestServer();
    const workshop = await newWorkshop(url);
    const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    const witness = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
    await synced(facilitator, witness);
    setJoiningOpen(facilitator.doc, false);
    await handled(facilitator, witness, 'joining-closed');
    const late = await joinWorkshop(url, workshop.id, workshop.sync.tokens.participant, {
      name: 'Myöhästynyt',
      role: 'supervisor',
    });
    expect(late).toMatchObject({ ...refusal(ApiError.joiningClosed), status: 403 });
  });

  test('lookupJoinCode finds the workshop by its code in any case; an unknown code and a flood are refused', async () => {
    const { url } = await startTestServer({ joinLookupBurst: 2, joinLookupsPerMinute: 1 });
    const workshop = await newWorkshop(url);
    const target = must(await lookupJoinCode(url, workshop.joinCode.toUpperCase()));
    expect(target).toMatchObject({ id: workshop.id, title: 'Ohjaamo Turku', language: 'sv' });
    expect(target.links.participant).toBe(workshop.links.participant);
    expect(await lookupJoinCode(url, 'zzzzzz')).toMatchObject(refusal(ApiError.unknownJoinCode));
    const flood = await lookupJoinCode(url, workshop.joinCode);
    expect(flood).toMatchObject({ ...refusal(ApiError.tooManyRequests), status: 429 });
    expect(!flood.ok && flood.kind === 'refused' && flood.retryAfterSeconds).toBeGreaterThan(0);
  });

  test('fetchJoinLink gives the projector the link while joining is shown, and refuses it after', async () => {
    const { url } = await startTestServer();
    const workshop = await newWorkshop(url);
    const { facilitator, viewer, participant } = workshop.sync.tokens;
    expect(must(await fetchJoinLink(url, workshop.id, viewer))).toEqual({
      participant: workshop.links.participant,
      joinCode: workshop.joinCode,
    });
    expect(await fetchJoinLink(url, workshop.id, participant)).toMatchObject(refusal(ApiError.forbidden));

    const writer = connectRoom(workshop, workshopRoom(workshop), facilitator);
    const witness = connectRoom(workshop, workshopRoom(workshop), viewer);
    await synced(writer, witness);
    setStage(writer.doc, 'group-work');
    await handled(writer, witness, 'group-work');
    expect(await fetchJoinLink(url, workshop.id, viewer)).toMatchObject(refusal(ApiError.joiningNotShown));
    expect(must(await fetchJoinLink(url, workshop.id, facilitator)).joinCode).toBe(workshop.joinCode);
  });
});
