import { closeVote, createNote, currentVote, newNoteId, openVote, setStage } from '@avaa/board-model';
import { ApiError, type NoteId, type WorkshopId } from '@avaa/protocol';
import {
  createWorkshop,
  fetchExport,
  fetchMyDots,
  fetchVotePeople,
  importWorkshop,
  joinWorkshop,
  placeDot,
  takeBackDot,
  type VoteTarget,
} from '@avaa/workshop-client';
import { afterEach, describe, expect, test } from 'vitest';
import { must, refusal } from './helpers/apiResults.ts';
import { connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** A workshop with one note on the common table, a vote of two dots, and Anna, joined. */
async function voting(url: string, vote: { anonymous: boolean } = { anonymous: true }) {
  const workshop = must(await createWorkshop(url, { title: 'Ohjaamo Oulu', language: 'fi' }));
  const { facilitator, participant } = workshop.sync.tokens;
  const anna = must(await joinWorkshop(url, workshop.id, participant, { name: 'Anna', role: 'core-staff' }));
  const table = connectClient(workshop.sync, facilitator);
  await synced(table);
  const note = must(createNote(table.doc, 'start:services', { text: 'Matalan kynnyksen palvelut' }));
  const id = must(openVote(table.doc, { dotsPerPerson: 2, ...vote }));
  const annas = connectClient(workshop.sync, anna.token);
  await eventually(() => expect(currentVote(annas.doc)?.id).toBe(id));
  const target = (token: string): VoteTarget => ({ base: url, workshop: workshop.id, vote: id, token });
  return { workshop, table, note, vote: id, anna: target(anna.token), as: target };
}

describe('workshop-client: votes', () => {
  test('placeDot, takeBackDot and fetchMyDots answer with my dots as stored; each refusal is named', async () => {
    const { url } = await startTestServer();
    const { note, anna, as, workshop, table, vote } = await voting(url);
    expect(must(await fetchMyDots(anna))).toEqual({ notes: [], left: 2, total: 2 });
    expect(must(await placeDot(anna, note, 'device-change-1'))).toEqual({ notes: [note], left: 1, total: 2 });
    // The same change again (its answer was lost) changes nothing more.
    expect(must(await placeDot(anna, note, 'device-change-1'))).toEqual({ notes: [note], left: 1, total: 2 });
    expect(must(await placeDot(anna, note))).toEqual({ notes: [note, note], left: 0, total: 2 });
    expect(await placeDot(anna, note)).toMatchObject(refusal(ApiError.noDotsLeft));
    expect(await placeDot(anna, newNoteId())).toMatchObject(refusal(ApiError.unknownNote, 'note'));
    expect(await placeDot(anna, note, 'x')).toMatchObject(refusal(ApiError.invalidChange, 'change'));
    expect(must(await takeBackDot(anna, note, 'device-change-2'))).toEqual({ notes: [note], left: 1, total: 2 });
    const elsewhere = must(createNote(table.doc, 'ending:services', { text: 'Jatkopolut' }));
    expect(await takeBackDot(anna, elsewhere)).toMatchObject(refusal(ApiError.noDotOnNote));
    expect(await takeBackDot(anna, 'not-a-note' as NoteId)).toMatchObject(refusal(ApiError.noDotOnNote));

    // Dots are a person's: the role links have none.
    expect(await fetchMyDots(as(workshop.sync.tokens.facilitator))).toMatchObject(refusal(ApiError.forbidden));
    expect(await fetchMyDots({ ...anna, vote: 'no-such-vote' })).toMatchObject(refusal(ApiError.unknownVote));
    expect(await fetchMyDots({ ...anna, token: 'forged' })).toMatchObject(refusal(ApiError.unauthorized));
    expect(await fetchMyDots({ ...anna, workshop: 'abcdefghjk' as WorkshopId })).toMatchObject(
      refusal(ApiError.unauthorized),
    );

    expect(closeVote(table.doc, vote).ok).toBe(true);
    await eventually(async () => expect(await placeDot(anna, note)).toMatchObject(refusal(ApiError.voteClosed)));
  });

  test('placeDot during group work is refused while the common table is locked', async () => {
    const { url } = await startTestServer();
    const { note, anna, workshop } = await voting(url);
    const writer = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    const witness = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
    await synced(writer, witness);
    setStage(writer.doc, 'group-work');
    await handled(writer, witness, 'group-work');
    expect(await placeDot(anna, note)).toMatchObject({ ...refusal(ApiError.commonTableLocked), status: 403 });
  });

  test("fetchVotePeople gives the facilitator a named vote's dots by person, never an anonymous vote's", async () => {
    const { url } = await startTestServer();
    const named = await voting(url, { anonymous: false });
    must(await placeDot(named.anna, named.note));
    const people = must(await fetchVotePeople(named.as(named.workshop.sync.tokens.facilitator)));
    expect(people.people).toEqual([{ person: expect.any(String), notes: [named.note] }]);
    expect(await fetchVotePeople(named.anna)).toMatchObject(refusal(ApiError.forbidden));

    const secret = await voting(url, { anonymous: true });
    expect(await fetchVotePeople(secret.as(secret.workshop.sync.tokens.facilitator))).toMatchObject(
      refusal(ApiError.anonymousVote),
    );
  });
});

describe('workshop-client: exports and imports', () => {
  test('fetchExport downloads the workshop with its file name; importWorkshop makes a new workshop of it', async () => {
    const { url } = await startTestServer();
    const { workshop, anna } = await voting(url);
    const { facilitator } = workshop.sync.tokens;
    const file = must(await fetchExport(url, workshop.id, facilitator, 'json'));
    expect(file.fileName).toMatch(/\.json$/);
    expect(file.type).toContain('application/json');
    const text = await file.blob.text();
    expect(text).toContain('Matalan kynnyksen palvelut');

    const imported = must(await importWorkshop(url, text));
    expect(imported).toMatchObject({ title: 'Ohjaamo Oulu', language: 'fi' });
    expect(imported.id).not.toBe(workshop.id);

    expect(await fetchExport(url, workshop.id, anna.token, 'csv')).toMatchObject(refusal(ApiError.forbidden));
    const badKind = await fetchExport(url, workshop.id, facilitator, 'pdf', { kind: 'mural' });
    expect(badKind).toMatchObject(refusal(ApiError.invalidParameter, 'kind'));
    expect(!badKind.ok && badKind.kind === 'refused' && badKind.allowed).toContain('poster');
    const noGroup = await fetchExport(url, workshop.id, facilitator, 'pdf', { board: 'group-3' });
    expect(noGroup).toMatchObject(refusal(ApiError.unknownGroup, 'board'));
  });

  test('importWorkshop names what is wrong with a file: not JSON, or not an export, listing where', async () => {
    const { url } = await startTestServer();
    expect(await importWorkshop(url, '{"format": ')).toMatchObject(refusal(ApiError.invalidJson));
    const invalid = await importWorkshop(url, JSON.stringify({ format: 'avaa-workshop', version: 1 }));
    expect(invalid).toMatchObject(refusal(ApiError.invalidExport));
    expect(!invalid.ok && invalid.kind === 'refused' && invalid.problems?.length).toBeGreaterThan(0);
  });
});
