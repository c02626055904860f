import { CELL_IDS, createNote, notesMap, readAllNotes } from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { createWorkshop } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { handled } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

// The server's MAX_NOTES_PER_BOARD (server/src/sync/noteLimit.ts, server/README.md "Limits").
const MAX_NOTES = 2000;

test('a board takes at most 2,000 notes; a change adding more is dropped like a reader’s', async () => {
  const { url } = await startTestServer();
  const workshop = await createWorkshop(url);
  const facilitator = connectAs(workshop, 'facilitator');
  const witness = connectAs(workshop, 'viewer');
  await synced(facilitator, witness);
  facilitator.doc.transact(() => {
    for (let index = 0; index < MAX_NOTES - 1; index++) {
      const created = createNote(facilitator.doc, CELL_IDS[index % CELL_IDS.length] ?? 'start:services', {
        text: `${index}`,
      });
      if (!created.ok) throw new Error(created.error);
    }
  });
  await eventually(() => expect(readAllNotes(witness.doc)).toHaveLength(MAX_NOTES - 1), 15_000);

  const participant = connectAs(workshop, 'participant');
  await synced(participant);
  expect(createNote(participant.doc, 'start:services', { text: 'The last one that fits' }).ok).toBe(true);
  await eventually(() => expect(readAllNotes(witness.doc)).toHaveLength(MAX_NOTES));
  expect(createNote(participant.doc, 'start:services', { text: 'One too many' }).ok).toBe(true);
  await handled(participant, witness, 'after-the-limit');
  expect(readAllNotes(witness.doc)).toHaveLength(MAX_NOTES);
  expect(readAllNotes(witness.doc).some((note) => note.text === 'One too many')).toBe(false);

  // Soft-deleted notes still count (they can be restored); a note erased from the map frees a
  // place (another client writes: the dropped change stays in this one, ahead of its later ones).
  const first = readAllNotes(facilitator.doc)[0];
  if (!first) throw new Error('no notes');
  notesMap(facilitator.doc).delete(first.id);
  await eventually(() => expect(readAllNotes(witness.doc)).toHaveLength(MAX_NOTES - 1));
  expect(createNote(facilitator.doc, 'start:services', { text: 'Fits again' }).ok).toBe(true);
  await eventually(() => expect(readAllNotes(witness.doc).some((note) => note.text === 'Fits again')).toBe(true));
});
