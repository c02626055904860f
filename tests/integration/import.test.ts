import { addAgreement, closeRound, closeVote, openVote } from '@avaa/board-model';
import type { RoomSeed } from '@avaa/server';
import { afterEach, describe, expect, test } from 'vitest';
import type { CreatedWorkshop } from './helpers/api.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { exportJson, NOTES, postImport, storedCounts, workshopWithNotes } from './helpers/exchange.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { sqliteWith } from './helpers/storage.ts';

/** Parsed JSON, to break on purpose field by field. */
type Json = ReturnType<typeof JSON.parse>;

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

describe('POST /api/workshops/import', () => {
  test('export -> import -> export is identical, and the new workshop is live', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const first = await exportJson(server.url, workshop);
    const imported = await postImport(server.url, first);
    expect(imported.status).toBe(201);
    const copy = imported.body as CreatedWorkshop;
    expect(copy.id).not.toBe(workshop.id);
    expect(copy).toMatchObject({ title: workshop.title, language: 'fi' });
    expect(copy.links.facilitator).toContain(`/w/${copy.id}#token=`);
    expect(JSON.stringify(await exportJson(server.url, copy))).toBe(JSON.stringify(first));
    // A stock client of the new workshop reads the imported board.
    const client = connectClient(copy.sync, copy.sync.tokens.viewer);
    await synced(client);
    expect(JSON.stringify(client.doc.getMap('notes').toJSON())).toContain(NOTES.sami);
  });

  test('agreements, rounds and votes come along: export -> import -> export is still identical', async () => {
    const server = await startTestServer();
    const { workshop, facilitator } = await workshopWithNotes(server.url);
    const table = connectAs(workshop, 'facilitator');
    await synced(table);
    expect(
      addAgreement(facilitator.doc, 'needs-management', { text: 'Johdolle: yhteinen ajanvaraus', owner: 'Åsa' }).ok,
    ).toBe(true);
    const vote = openVote(table.doc, { dotsPerPerson: 3, anonymous: false });
    if (!vote.ok) throw new Error(vote.error);
    expect(closeVote(table.doc, vote.value).ok).toBe(true);
    expect(closeRound(facilitator.doc, table.doc, { name: 'Kierros 1', date: '2026-11-24' }).ok).toBe(true);
    let first: Json;
    await eventually(async () => {
      first = await exportJson(server.url, workshop);
      expect([first.agreements.length, first.rounds.length, first.votes[0]?.closed]).toEqual([1, 1, true]);
    });
    const imported = await postImport(server.url, first);
    expect(imported.status).toBe(201);
    const copy = imported.body as CreatedWorkshop;
    expect(JSON.stringify(await exportJson(server.url, copy))).toBe(JSON.stringify(first));
  });

  test('an invalid export is a 400 listing each field and why, and stores nothing', async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const data = (await exportJson(server.url, workshop)) as Json;
    data.boards.plenary.notes[1].cell = 'before:nowhere';
    data.people[0].role = 'boss';
    delete data.workshop.language;
    const answer = await postImport(server.url, data);
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({
      error: 'invalid-export',
      errors: expect.arrayContaining([
        { path: 'boards.plenary.notes[1].cell', reason: 'unknown-cell' },
        { path: 'people[0].role', reason: 'unknown-role' },
        { path: 'workshop.language', reason: 'missing' },
      ]),
    });
    expect((await postImport(server.url, '{"format":')).body).toEqual({ error: 'invalid-json' });
    expect(storedCounts(server.dataDir, workshop.id)).toEqual({ workshops: 1, otherRooms: 0 });
  });

  test('a storage failure part way through leaves no half-imported workshop', async () => {
    // The last room's insert fails inside the transaction, after the workshop and other rooms.
    const failing = sqliteWith((inner) => ({
      createWorkshop: (record, seeds) => {
        if (seeds.length <= 2) return inner.createWorkshop(record, seeds);
        const broken = { room: `${record.id}/broken`, update: Symbol('not bytes') } as unknown as RoomSeed;
        return inner.createWorkshop(record, [...seeds, broken]);
      },
    }));
    const server = await startTestServer({ openStorage: failing });
    const { workshop } = await workshopWithNotes(server.url);
    const data = await exportJson(server.url, workshop);
    expect(storedCounts(server.dataDir, workshop.id)).toEqual({ workshops: 1, otherRooms: 0 });
    const answer = await postImport(server.url, data);
    expect(answer).toEqual({ status: 500, body: { error: 'internal' } });
    expect(storedCounts(server.dataDir, workshop.id)).toEqual({ workshops: 1, otherRooms: 0 });
  });

  test('the body may be up to 8 MiB', async () => {
    const server = await startTestServer();
    const tooLarge = `{"pad":"${'x'.repeat(8 * 1024 * 1024)}"}`;
    expect((await postImport(server.url, tooLarge)).status).toBe(413);
    const large = await postImport(server.url, `{"pad":"${'x'.repeat(64 * 1024)}"}`);
    expect(large.status).toBe(400);
  });
});
