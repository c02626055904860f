import { createNote, notesInCell, readMeta } from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { createWorkshop, syncOn } from './helpers/api.ts';
import { connectAs, connectClient, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const texts = (notes: { text: string }[]) => notes.map((note) => note.text);

test('a viewer reads the board but its own changes never reach the server', async () => {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const facilitator = connectAs(workshop, 'facilitator');
  const projector = connectAs(workshop, 'viewer');
  await synced(facilitator, projector);
  expect(readMeta(projector.doc)?.title).toBe(workshop.title);

  createNote(projector.doc, 'before:services', { text: 'Written on the projector' });
  // Frames are handled in order: once the viewer's later awareness reaches the facilitator,
  // the server has already handled (and dropped) its note.
  projector.provider.awareness.setLocalStateField('marker', 'after-note');
  await eventually(() =>
    expect(facilitator.provider.awareness.getStates().get(projector.doc.clientID)).toEqual({ marker: 'after-note' }),
  );
  createNote(facilitator.doc, 'before:services', { text: 'Social media channels' });
  await eventually(() =>
    expect(texts(notesInCell(projector.doc, 'before:services'))).toContain('Social media channels'),
  );
  expect(texts(notesInCell(facilitator.doc, 'before:services'))).toEqual(['Social media channels']);

  const fresh = connectAs(workshop, 'participant');
  await synced(fresh);
  expect(texts(notesInCell(fresh.doc, 'before:services'))).toEqual(['Social media channels']);

  disconnectAll();
  await server.restart();
  const afterRestart = connectClient(syncOn(server, workshop), workshop.sync.tokens.participant);
  await synced(afterRestart);
  expect(texts(notesInCell(afterRestart.doc, 'before:services'))).toEqual(['Social media channels']);
});
