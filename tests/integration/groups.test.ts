import {
  applyGrouping,
  movePerson,
  readMeta,
  readSettings,
  removePerson,
  setJoiningOpen,
  setPresenting,
} from '@avaa/board-model';
import { CloseCode } from '@avaa/protocol';
import { afterEach, describe, expect, test } from 'vitest';
import { type CreatedWorkshop, postJoin, syncOn } from './helpers/api.ts';
import { connectAs, disconnectAll, synced } from './helpers/clients.ts';
import { eventually } from './helpers/eventually.ts';
import { textsIn, writeNote } from './helpers/notes.ts';
import { closeRawSockets, openRaw, syncUrl } from './helpers/rawSocket.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import {
  connectRoom,
  groupedWorkshop,
  groupRoom,
  handled,
  membersOf,
  serverSees,
  workshopRoom,
} from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  closeRawSockets();
  await closeTestServers();
});

/** A client that joins later sees exactly `expected` on the room: what the server stored. */
async function freshSees(workshop: CreatedWorkshop, room: string, expected: string[]): Promise<void> {
  const fresh = connectRoom(workshop, room, workshop.sync.tokens.viewer);
  await synced(fresh);
  expect(textsIn(fresh.doc).sort()).toEqual([...expected].sort());
}

describe('who writes a group board', () => {
  test("a member writes their own group's board but not another group's, also after a restart", async () => {
    const server = await startTestServer();
    const { workshop, anna } = await groupedWorkshop(server.url);
    const annaOn1 = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
    const annaOn2 = connectRoom(workshop, groupRoom(workshop, 2), anna.token);
    const observer1 = connectRoom(workshop, groupRoom(workshop, 1), workshop.sync.tokens.facilitator);
    const observer2 = connectRoom(workshop, groupRoom(workshop, 2), workshop.sync.tokens.facilitator);
    await synced(annaOn1, annaOn2, observer1, observer2);
    expect(readMeta(annaOn2.doc)).toMatchObject({ board: 'group', group: 2, title: workshop.title });

    writeNote(annaOn2, 'Written into the wrong group');
    await handled(annaOn2, observer2, 'after-note');
    writeNote(annaOn1, 'Drop-in on Tuesdays');
    await eventually(() => expect(textsIn(observer1.doc)).toEqual(['Drop-in on Tuesdays']));
    expect(textsIn(observer2.doc)).toEqual([]);
    // Reading (and presence) is fine: Anna still sees group 2's board and is seen there.
    writeNote(observer2, 'Group 2 starts');
    await eventually(() => expect(textsIn(annaOn2.doc)).toContain('Group 2 starts'));
    expect(annaOn2.closeCodes).toEqual([]);
    await freshSees(workshop, groupRoom(workshop, 2), ['Group 2 starts']);

    disconnectAll();
    await server.restart();
    const restarted = { ...workshop, sync: syncOn(server, workshop) };
    await freshSees(restarted, groupRoom(restarted, 2), ['Group 2 starts']);
    await freshSees(restarted, groupRoom(restarted, 1), ['Drop-in on Tuesdays']);
  });

  test('viewers and participants without a person cannot write a group board; the facilitator can', async () => {
    const { url } = await startTestServer();
    const { workshop } = await groupedWorkshop(url);
    const room = groupRoom(workshop, 1);
    const viewer = connectRoom(workshop, room, workshop.sync.tokens.viewer);
    const participant = connectRoom(workshop, room, workshop.sync.tokens.participant);
    const facilitator = connectRoom(workshop, room, workshop.sync.tokens.facilitator);
    await synced(viewer, participant, facilitator);

    writeNote(viewer, 'From the projector');
    writeNote(participant, 'From the shared participant link');
    await handled(viewer, facilitator, 'viewer-done');
    await handled(participant, facilitator, 'participant-done');
    writeNote(facilitator, 'From the facilitator');
    await eventually(() => expect(textsIn(participant.doc)).toContain('From the facilitator'));
    await freshSees(workshop, room, ['From the facilitator']);
  });

  test('moving a person between groups changes their rights without reconnecting', async () => {
    const { url } = await startTestServer();
    const { workshop, anna, facilitator } = await groupedWorkshop(url);
    const annaOn1 = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
    const annaOn2 = connectRoom(workshop, groupRoom(workshop, 2), anna.token);
    const observer1 = connectRoom(workshop, groupRoom(workshop, 1), workshop.sync.tokens.viewer);
    const observer2 = connectRoom(workshop, groupRoom(workshop, 2), workshop.sync.tokens.viewer);
    await synced(annaOn1, annaOn2, observer1, observer2);
    writeNote(annaOn1, 'Before the move');
    await eventually(() => expect(textsIn(observer1.doc)).toEqual(['Before the move']));

    expect(movePerson(facilitator.doc, anna.person.id, 2).ok).toBe(true);
    await serverSees(url, workshop, (boards) => expect(membersOf(boards)).toEqual([[], ['Anna', 'Pekka']]));
    writeNote(annaOn2, 'After the move');
    await eventually(() => expect(textsIn(observer2.doc)).toEqual(['After the move']));
    writeNote(annaOn1, 'Too late for group 1');
    await handled(annaOn1, observer1, 'after-move');
    expect(textsIn(observer1.doc)).toEqual(['Before the move']);
    expect([...annaOn1.closeCodes, ...annaOn2.closeCodes]).toEqual([]);
    await freshSees(workshop, groupRoom(workshop, 1), ['Before the move']);
  });
});

describe('who may open a room', () => {
  test("a removed person's open sockets are closed with 4403 at once, and they are refused after", async () => {
    const { url } = await startTestServer();
    const { workshop, anna, facilitator } = await groupedWorkshop(url);
    const annaOnPlenary = connectRoom(workshop, workshop.sync.board, anna.token);
    const annaOnGroup = connectRoom(workshop, groupRoom(workshop, 1), anna.token);
    const annaOnWorkshop = connectRoom(workshop, workshopRoom(workshop), anna.token);
    const observer = connectAs(workshop, 'viewer');
    await synced(annaOnPlenary, annaOnGroup, annaOnWorkshop, observer);

    expect(removePerson(facilitator.doc, anna.person.id).ok).toBe(true);
    // The server watches the workshop document: no reconnect is needed to throw them out.
    await eventually(() => {
      for (const client of [annaOnPlenary, annaOnGroup, annaOnWorkshop]) {
        expect(client.closeCodes).toEqual([CloseCode.forbidden]);
      }
    });
    expect(annaOnPlenary.provider.shouldConnect).toBe(false);
    writeNote(annaOnPlenary, 'Written after removal');
    await serverSees(url, workshop, (boards) => expect(membersOf(boards)).toEqual([[], ['Pekka']]));
    expect(textsIn(observer.doc)).toEqual([]);

    for (const room of [workshop.sync.board, groupRoom(workshop, 1), workshopRoom(workshop)]) {
      expect(await openRaw(syncUrl(workshop.sync, room, anna.token)).closed, room).toBe(CloseCode.forbidden);
    }
    // A stock client stops reconnecting, and the join API refuses the token too.
    const again = connectRoom(workshop, workshop.sync.board, anna.token);
    await eventually(() => expect(again.closeCodes).toEqual([CloseCode.forbidden]));
    expect(again.provider.shouldConnect).toBe(false);
    expect(await postJoin(url, workshop.id, { name: 'Anna', role: 'core-staff' }, anna.token)).toEqual({
      status: 403,
      body: { error: 'forbidden' },
    });
  });

  test('an unknown group closes with 4404; a group removed by a later grouping stays readable', async () => {
    const { url } = await startTestServer();
    const { workshop, anna, pekka, facilitator } = await groupedWorkshop(url);
    const token = workshop.sync.tokens.facilitator;
    expect(await openRaw(syncUrl(workshop.sync, groupRoom(workshop, 3), token)).closed).toBe(
      CloseCode.workshopNotFound,
    );
    applyGrouping(facilitator.doc, { groups: [{ members: [anna.person.id, pekka.person.id] }], contacts: new Map() });
    await serverSees(url, workshop, (boards) => expect(boards.groups).toHaveLength(1));
    const removedGroup = connectRoom(workshop, groupRoom(workshop, 2), workshop.sync.tokens.viewer);
    await synced(removedGroup);
    expect(readMeta(removedGroup.doc)?.group).toBe(2);
  });

  test("the workshop room takes the facilitator's writes and drops participants'", async () => {
    const { url } = await startTestServer();
    const { workshop, anna, facilitator } = await groupedWorkshop(url);
    const asAnna = connectRoom(workshop, workshopRoom(workshop), anna.token);
    const asParticipant = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.participant);
    await synced(asAnna, asParticipant);

    setJoiningOpen(asAnna.doc, false);
    setPresenting(asParticipant.doc, 1);
    await handled(asAnna, facilitator, 'anna-done');
    await handled(asParticipant, facilitator, 'participant-done');
    expect(readSettings(facilitator.doc)).toEqual({ joiningOpen: true, presenting: null });

    expect(setPresenting(facilitator.doc, 2).ok).toBe(true);
    const projector = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.viewer);
    await eventually(() => expect(readSettings(projector.doc)).toEqual({ joiningOpen: true, presenting: 2 }));
  });
});
