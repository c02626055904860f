import { addStep, createPath, isVisibleNote, readAllNotes, readPaths } from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import type { CreatedWorkshop } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { exportJson, getExport, NOTES, postImport, storedCounts, workshopWithNotes } from './helpers/exchange.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupRoom } from './helpers/workshop.ts';

/** Parsed JSON, to break on purpose field by field. */
type Json = ReturnType<typeof JSON.parse>;

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** The grouped workshop with a path on the common table and one on group 1's board, as exported. */
async function workshopWithPaths(url: string) {
  const grouped = await workshopWithNotes(url);
  const table = connectAs(grouped.workshop, 'facilitator');
  const group = connectRoom(grouped.workshop, groupRoom(grouped.workshop, 1), grouped.anna.token);
  await synced(table, group);
  const noteOf = (doc: typeof table.doc, text: string) => {
    const id = readAllNotes(doc).find((note) => isVisibleNote(note) && note.text === text)?.id;
    if (!id) throw new Error(`no note "${text}" yet`);
    return id;
  };
  await eventually(() => noteOf(table.doc, NOTES.plenary));
  const path = must(createPath(table.doc, { name: 'Kertakävijä' }));
  must(addStep(table.doc, path, { noteId: noteOf(table.doc, NOTES.plenary) }));
  must(addStep(table.doc, path, { phase: 'start', text: 'Asumisneuvonta', risk: { kind: 'waiting', reason: 'Jono' } }));
  await eventually(() => noteOf(group.doc, NOTES.group));
  const groupPath = must(createPath(group.doc, { name: 'Nuori, joka etsii opiskelupaikkaa' }));
  must(addStep(group.doc, groupPath, { noteId: noteOf(group.doc, NOTES.group) }));
  let first: Json;
  await eventually(async () => {
    first = await exportJson(url, grouped.workshop);
    expect(first.boards.plenary.paths[0]?.steps).toHaveLength(2);
    expect(first.boards.groups['1'].paths[0]?.steps).toHaveLength(1);
  });
  return { ...grouped, first };
}

describe('service paths through the export and import API (issue 17)', () => {
  test('a workshop with paths exports and imports with its paths, byte for byte', async () => {
    const server = await startTestServer();
    const { workshop, first } = await workshopWithPaths(server.url);
    expect(first.boards.plenary.paths[0]).toMatchObject({ name: 'Kertakävijä', deleted: false, source: null });
    const imported = await postImport(server.url, first);
    expect(imported.status).toBe(201);
    const copy = imported.body as CreatedWorkshop;
    expect(JSON.stringify(await exportJson(server.url, copy))).toBe(JSON.stringify(first));
    // A stock client of the new workshop reads the paths on its common table.
    const client = connectClient(copy.sync, copy.sync.tokens.viewer);
    await synced(client);
    const [path] = readPaths(client.doc);
    expect(path?.name).toBe('Kertakävijä');
    expect(path?.steps.map((step) => [step.note?.text ?? null, step.missingService, step.risk])).toEqual([
      [NOTES.plenary, false, null],
      [null, true, { kind: 'waiting', reason: 'Jono' }],
    ]);
    const md = await getExport(server.url, workshop.id, 'format=md', workshop.sync.tokens.facilitator);
    expect(md.text).toContain('2. Alkuvaihe: Asumisneuvonta *(puuttuva palvelu)* — riski: odottaminen (Jono)');
    const csv = await getExport(server.url, workshop.id, 'format=csv', workshop.sync.tokens.facilitator);
    expect(csv.text).toContain('Alkuvaihe,,Asumisneuvonta,puuttuva palvelu,,,Kertakävijä,2,odottaminen: Jono,,\r\n');
  });

  test('an import whose step names a note not on its board is a 400 naming the field, and stores nothing', async () => {
    const server = await startTestServer();
    const { workshop, first } = await workshopWithPaths(server.url);
    // Group 1's note is not a note of the common table.
    first.boards.plenary.paths[0].steps[0].noteId = first.boards.groups['1'].notes[0].id;
    first.boards.plenary.paths[0].steps[1].phase = 'lunch';
    const answer = await postImport(server.url, first);
    expect(answer).toEqual({
      status: 400,
      body: {
        error: 'invalid-export',
        errors: [
          { path: 'boards.plenary.paths[0].steps[0].noteId', reason: 'unknown-note' },
          { path: 'boards.plenary.paths[0].steps[1].phase', reason: 'unknown-phase' },
        ],
      },
    });
    expect(storedCounts(server.dataDir, workshop.id)).toEqual({ workshops: 1, otherRooms: 0 });
  });
});
