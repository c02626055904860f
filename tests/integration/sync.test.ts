import { createNote, notesInCell, readAllNotes, readMeta } from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { createWorkshop, syncOn } from './helpers/api.ts';
import { connectAs, connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const texts = (notes: { text: string }[]) => notes.map((note) => note.text);
const byId = (doc: Y.Doc) => readAllNotes(doc).sort((x, y) => x.id.localeCompare(y.id));

describe('sync with stock y-websocket clients', () => {
  test('two clients converge and both receive the seeded metadata', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url, 'Ohjaamo Tampere');
    const a = connectAs(workshop, 'facilitator');
    const b = connectAs(workshop, 'participant');
    await synced(a, b);

    expect(readMeta(b.doc)).toMatchObject({ title: 'Ohjaamo Tampere', language: 'fi', board: 'plenary' });
    expect(readMeta(a.doc)).toEqual(readMeta(b.doc));

    expect(createNote(a.doc, 'start:services', { text: 'Walk-in guidance' }).ok).toBe(true);
    expect(createNote(b.doc, 'during:collaboration', { text: 'Network meetings' }).ok).toBe(true);
    await eventually(() => {
      expect(texts(notesInCell(b.doc, 'start:services'))).toEqual(['Walk-in guidance']);
      expect(texts(notesInCell(a.doc, 'during:collaboration'))).toEqual(['Network meetings']);
    });
    expect(byId(a.doc)).toEqual(byId(b.doc));
  });

  test('awareness is relayed and removed when its client leaves', async () => {
    const { url } = await startTestServer();
    const workshop = await createWorkshop(url);
    const a = connectAs(workshop, 'facilitator');
    const b = connectAs(workshop, 'viewer');
    await synced(a, b);
    a.provider.awareness.setLocalStateField('user', { name: 'Aino' });
    const aId = a.doc.clientID;
    await eventually(() => expect(b.provider.awareness.getStates().get(aId)).toEqual({ user: { name: 'Aino' } }));

    // A late joiner gets the current presence right after connecting.
    const c = connectAs(workshop, 'participant');
    await synced(c);
    await eventually(() => expect(c.provider.awareness.getStates().get(aId)).toBeDefined());

    // Terminate the socket without the client's own "I left" message: the server must clean up.
    a.provider.ws?.close();
    disconnect(a);
    await eventually(() => {
      expect(b.provider.awareness.getStates().has(aId)).toBe(false);
      expect(c.provider.awareness.getStates().has(aId)).toBe(false);
    });
  });

  test('state and tokens survive a server restart', async () => {
    const server = await startTestServer();
    const workshop = await createWorkshop(server.url);
    const a = connectAs(workshop, 'participant');
    await synced(a);
    createNote(a.doc, 'start:services', { text: 'Walk-in guidance' });
    createNote(a.doc, 'ending:participation', { text: 'Feedback from the youth panel' });
    const before = byId(a.doc);
    const b = connectAs(workshop, 'viewer');
    await eventually(() => expect(readAllNotes(b.doc)).toHaveLength(2));
    disconnectAll();

    await server.restart();
    const fresh = connectClient(syncOn(server, workshop), workshop.sync.tokens.participant);
    await synced(fresh);
    expect(readMeta(fresh.doc)?.title).toBe(workshop.title);
    expect(byId(fresh.doc)).toEqual(before);
  });
});
