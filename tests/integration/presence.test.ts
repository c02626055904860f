import { readPerson, renamePerson } from '@avaa/board-model';
import { afterEach, expect, test } from 'vitest';
import { createWorkshop, joinAs } from './helpers/api.ts';
import { type Client, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

const stateOf = (observer: Client, writer: Client) => observer.provider.awareness.getStates().get(writer.doc.clientID);

test('the server stamps the name and person it knows into presence: nobody appears as someone else', async () => {
  const { url } = await startTestServer();
  const workshop = await createWorkshop(url);
  const anna = await joinAs(url, workshop, 'Anna');
  const pekka = await joinAs(url, workshop, 'Pekka');
  const room = workshopRoom(workshop);
  const observer = connectRoom(workshop, room, workshop.sync.tokens.facilitator);
  const annaClient = connectRoom(workshop, room, anna.token);
  const guest = connectRoom(workshop, room, workshop.sync.tokens.participant);
  await synced(observer, annaClient, guest);

  // Anna's client claims to be Pekka; a guest (no person yet) claims to be Anna.
  const colour = '#1f6feb';
  annaClient.provider.awareness.setLocalState({
    user: { name: 'Pekka', colour },
    editing: null,
    person: pekka.person.id,
  });
  guest.provider.awareness.setLocalState({ user: { name: 'Vieras 1', colour }, editing: null, person: anna.person.id });
  await eventually(() => {
    expect(stateOf(observer, annaClient)).toEqual({
      user: { name: 'Anna', colour },
      editing: null,
      person: anna.person.id,
    });
    expect(stateOf(observer, guest)).toEqual({ user: { name: 'Vieras 1', colour }, editing: null, person: null });
  });

  // A rename by the facilitator shows with the person's next presence update.
  expect(renamePerson(observer.doc, anna.person.id, 'Anna K.').ok).toBe(true);
  // Once the server has it (a client id's first write waits for its registration to be stored).
  await eventually(() => expect(readPerson(annaClient.doc, anna.person.id)?.name).toBe('Anna K.'));
  annaClient.provider.awareness.setLocalStateField('editing', null);
  annaClient.provider.awareness.setLocalStateField('user', { name: 'Whoever', colour });
  await eventually(() => expect(stateOf(observer, annaClient)).toMatchObject({ user: { name: 'Anna K.' } }));
});
