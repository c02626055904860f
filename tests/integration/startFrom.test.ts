import { readAllNotes, readPeople, startFrom, type WorkshopExport } from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import { type CreatedWorkshop, joinAs } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { exportJson, NOTES, postImport, workshopWithNotes } from './helpers/exchange.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** What the print dialog does: this workshop's export, reduced to a start, imported as a new workshop. */
async function newWorkshopFrom(url: string, workshop: CreatedWorkshop, start: 'table' | 'people' | 'settings') {
  const data = (await exportJson(url, workshop)) as WorkshopExport;
  const answer = await postImport(url, startFrom(data, start, { title: 'Kevään kehittämispäivä', now: Date.now() }));
  expect(answer.status).toBe(201);
  return answer.body as CreatedWorkshop;
}

describe('a new workshop from an earlier one, through the real export and import', () => {
  test("from the table: the common table's notes, none of the groups' and no people", async () => {
    const server = await startTestServer();
    const { workshop } = await workshopWithNotes(server.url);
    const fresh = await newWorkshopFrom(server.url, workshop, 'table');
    const table = connectAs(fresh, 'facilitator');
    const people = connectRoom(fresh, workshopRoom(fresh), fresh.sync.tokens.facilitator);
    await synced(table, people);
    expect(
      readAllNotes(table.doc)
        .map((note) => note.text)
        .sort(),
    ).toEqual([NOTES.plenary, NOTES.sami].sort());
    expect(readPeople(people.doc)).toEqual([]);
    expect(fresh.title).toBe('Kevään kehittämispäivä');
  });

  test('from the people: Anna joining the new workshop by its link under her name and role is the listed Anna', async () => {
    const server = await startTestServer();
    const { workshop, anna } = await workshopWithNotes(server.url);
    const fresh = await newWorkshopFrom(server.url, workshop, 'people');
    const joined = await joinAs(server.url, fresh, 'anna', anna.person.role);
    expect(joined.person.id).toBe(anna.person.id);
    const newcomer = await joinAs(server.url, fresh, 'Anna', anna.person.role);
    expect(newcomer.person.id).not.toBe(anna.person.id);
    const people = connectRoom(fresh, workshopRoom(fresh), fresh.sync.tokens.facilitator);
    await synced(people);
    // In joining order: Pekka is still listed, Anna joined, then the newcomer.
    expect(readPeople(people.doc).map((person) => [person.name, person.listed])).toEqual([
      ['Pekka', true],
      ['Anna', false],
      ['Anna', false],
    ]);
    const table = connectAs(fresh, 'facilitator');
    await synced(table);
    expect(readAllNotes(table.doc)).toEqual([]);
  });
});
