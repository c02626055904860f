import { afterEach, expect, test } from 'vitest';
import { createWorkshop, joinAs } from './helpers/api.ts';
import { eventually } from './helpers/eventually.ts';
import { connectSaving, disconnectSaving, type SavingClient } from './helpers/savedClients.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';

afterEach(async () => {
  disconnectSaving();
  await closeTestServers();
});

/** Counts the awareness frames (message type 1) a client sends from now on. */
function countPresenceFrames(client: SavingClient): () => number {
  const socket = client.connection.provider.ws;
  if (!socket) throw new Error('not connected');
  let count = 0;
  const send = socket.send.bind(socket);
  socket.send = (data: Parameters<WebSocket['send']>[0]) => {
    if (data instanceof Uint8Array && data[0] === 1) count += 1;
    send(data);
  };
  return () => count;
}

// Stock y-websocket clients send back every presence change they hear; ours send only their own,
// so one person's change is one frame to the server, not one per person in the room.
test("a client hears others' presence but sends only its own", async () => {
  const { url } = await startTestServer();
  const workshop = await createWorkshop(url);
  const people = await Promise.all(['Aino', 'Bertil', 'Cecilia'].map((name) => joinAs(url, workshop, name)));
  const [aino, bertil, cecilia] = people.map((person) => connectSaving(workshop.sync, person.token)) as [
    SavingClient,
    SavingClient,
    SavingClient,
  ];
  await eventually(() => {
    for (const client of [aino, bertil, cecilia]) expect(client.connection.provider.synced).toBe(true);
  });
  const bertilSent = countPresenceFrames(bertil);
  const ainoSent = countPresenceFrames(aino);
  for (let i = 0; i < 5; i++) aino.connection.awareness.setLocalStateField('editing', `note-${i}`);
  await eventually(() => {
    expect(bertil.connection.awareness.getStates().get(aino.doc.clientID)).toMatchObject({ editing: 'note-4' });
    expect(cecilia.connection.awareness.getStates().get(aino.doc.clientID)).toMatchObject({ editing: 'note-4' });
  });
  expect(ainoSent()).toBe(5);
  expect(bertilSent()).toBe(0);
  bertil.connection.awareness.setLocalStateField('editing', 'note-9');
  expect(bertilSent()).toBe(1);
});
