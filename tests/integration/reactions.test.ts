import { createNote, readBoardMode, readNoteReactions, setBoardMode, setStage } from '@avaa/board-model';
import { afterEach, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import { type CreatedWorkshop, createWorkshop, joinAs, syncOn } from './helpers/api.ts';
import { must } from './helpers/apiResults.ts';
import { connectAs, connectClient, disconnect, disconnectAll, synced } from './helpers/clients.ts';
import { occurrences, recordRoom, syncFrames } from './helpers/dots.ts';
import { eventually } from './helpers/eventually.ts';
import { exportJson, postImport } from './helpers/exchange.ts';
import { myReactions, react, setAnonymous } from './helpers/reactions.ts';
import { closeTestServers, startTestServer } from './helpers/server.ts';
import { connectRoom, groupedWorkshop, handled, workshopRoom } from './helpers/workshop.ts';

afterEach(async () => {
  disconnectAll();
  await closeTestServers();
});

/** A workshop with Anna and Pekka joined and a note on the common table. */
async function reactingWorkshop() {
  const server = await startTestServer();
  const workshop = await createWorkshop(server.url);
  const anna = await joinAs(server.url, workshop, 'Anna');
  const pekka = await joinAs(server.url, workshop, 'Pekka');
  const facilitator = connectAs(workshop, 'facilitator');
  await synced(facilitator);
  const note = must(createNote(facilitator.doc, 'start:services', { text: 'Matala kynnys' }));
  const projector = connectAs(workshop, 'viewer');
  await synced(projector);
  await eventually(() => expect(projector.doc.getMap('notes').has(note)).toBe(true));
  return { server, workshop, anna, pekka, facilitator, projector, note };
}

const agree = (doc: Y.Doc, note: string) => readNoteReactions(doc, note as never).find((r) => r.kind === 'agree');

describe('reactions on notes, kept by the server', () => {
  test('each person toggles their own; everyone sees counts and names live; a restart keeps them', async () => {
    const { server, workshop, anna, pekka, projector, note } = await reactingWorkshop();
    expect(await react(server.url, workshop, anna.token, note, 'agree')).toEqual({
      status: 200,
      body: { reactions: [{ note, kind: 'agree' }] },
    });
    await react(server.url, workshop, pekka.token, note, 'agree');
    await react(server.url, workshop, pekka.token, note, 'idea');
    const people = [anna.person.id, pekka.person.id].sort();
    await eventually(() => expect(agree(projector.doc, note)).toEqual({ kind: 'agree', count: 2, people }));
    // Toggled again: off.
    expect((await react(server.url, workshop, pekka.token, note, 'idea')).body).toEqual({
      reactions: [{ note, kind: 'agree' }],
    });
    await eventually(() =>
      expect(readNoteReactions(projector.doc, note).find((r) => r.kind === 'idea')?.count).toBe(0),
    );

    disconnectAll();
    await server.restart();
    expect((await myReactions(server.url, workshop, anna.token)).body).toEqual({
      reactions: [{ note, kind: 'agree' }],
    });
    const again = connectClient(syncOn(server, workshop), workshop.sync.tokens.viewer);
    await synced(again);
    expect(agree(again.doc, note)).toEqual({ kind: 'agree', count: 2, people });
  });

  test('anonymous: the bytes a participant receives hold no person id; names come back when switched off', async () => {
    const { server, workshop, anna, pekka, facilitator, note } = await reactingWorkshop();
    await react(server.url, workshop, anna.token, note, 'question');
    const pekkas = connectClient(workshop.sync, pekka.token);
    await synced(pekkas);
    await eventually(() => expect(readNoteReactions(pekkas.doc, note)[2]?.people).toEqual([anna.person.id]));
    // Only the facilitator chooses.
    for (const token of [anna.token, workshop.sync.tokens.viewer, workshop.sync.tokens.participant, undefined]) {
      expect((await setAnonymous(server.url, workshop, token, true)).status).toBeGreaterThanOrEqual(401);
    }
    expect(await setAnonymous(server.url, workshop, workshop.sync.tokens.facilitator, true)).toEqual({
      status: 200,
      body: { anonymous: true },
    });
    await eventually(() => expect(readNoteReactions(pekkas.doc, note)[2]).toMatchObject({ count: 1, people: [] }));
    await react(server.url, workshop, anna.token, note, 'agree');
    await eventually(() => expect(agree(facilitator.doc, note)?.count).toBe(1));
    // Pekka's device opening the board now, and after a restart: not one person id in what it receives.
    const fresh = recordRoom(workshop.sync, workshop.sync.board, pekka.token);
    await eventually(() => expect(syncFrames(fresh.frames).length).toBeGreaterThan(0));
    expect(occurrences(syncFrames(fresh.frames), anna.person.id)).toBe(0);
    fresh.close();
    disconnectAll();
    await server.restart();
    const sync = syncOn(server, workshop);
    const afterRestart = recordRoom(sync, workshop.sync.board, pekka.token);
    await eventually(() => expect(syncFrames(afterRestart.frames).length).toBeGreaterThan(0));
    expect(occurrences(syncFrames(afterRestart.frames), anna.person.id)).toBe(0);
    afterRestart.close();

    expect((await setAnonymous(server.url, workshop, workshop.sync.tokens.facilitator, false)).status).toBe(200);
    const reader = connectClient(sync, pekka.token);
    await synced(reader);
    await eventually(() =>
      expect(agree(reader.doc, note)).toEqual({ kind: 'agree', count: 1, people: [anna.person.id] }),
    );
  });

  test('no one writes the reactions through the socket, not even the facilitator', async () => {
    const { server, workshop, anna, facilitator, note } = await reactingWorkshop();
    await react(server.url, workshop, anna.token, note, 'important');
    await eventually(() => expect(readNoteReactions(facilitator.doc, note)[1]?.count).toBe(1));
    for (const token of [anna.token, workshop.sync.tokens.facilitator]) {
      const forger = connectClient(workshop.sync, token);
      await synced(forger);
      forger.doc.getMap('reactions').set(note, { important: { count: 99, people: [] }, agree: { count: 42 } });
      await handled(forger, facilitator, `after-${token.slice(-6)}`);
      disconnect(forger);
    }
    const reader = connectClient(workshop.sync, workshop.sync.tokens.viewer);
    await synced(reader);
    expect(readNoteReactions(reader.doc, note).map((r) => r.count)).toEqual([0, 1, 0, 0]);
  });

  test('role links, strangers, unknown kinds and notes, locked boards and the common table in group work are refused', async () => {
    const { server, workshop, anna, note } = await reactingWorkshop();
    for (const token of [
      workshop.sync.tokens.viewer,
      workshop.sync.tokens.participant,
      workshop.sync.tokens.facilitator,
    ]) {
      expect((await react(server.url, workshop, token, note, 'agree')).status).toBe(403);
    }
    expect((await react(server.url, workshop, undefined, note, 'agree')).status).toBe(401);
    const other = await createWorkshop(server.url);
    const stranger = await joinAs(server.url, other, 'Vieras');
    expect((await react(server.url, workshop, stranger.token, note, 'agree')).status).toBe(401);
    expect(await react(server.url, workshop, anna.token, note, 'shrug')).toMatchObject({
      status: 400,
      body: { error: 'unknown-reaction', field: 'kind' },
    });
    expect(await react(server.url, workshop, anna.token, 'nosuchnote12', 'agree')).toMatchObject({
      status: 400,
      body: { error: 'unknown-note' },
    });
    expect((await react(server.url, workshop, anna.token, note, 'agree', '7')).body).toMatchObject({
      error: 'unknown-group',
    });
    const settings = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    const watcher = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
    await synced(settings, watcher);
    setBoardMode(settings.doc, { kind: 'plenary' }, 'locked');
    // A client id's first write is applied once its registration is on the disk (an fsync off the
    // event loop, while requests go on): seen by another client, the lock is in the room.
    await eventually(() => expect(readBoardMode(watcher.doc, { kind: 'plenary' })).toBe('locked'));
    expect((await react(server.url, workshop, anna.token, note, 'agree')).status).toBe(403);
    expect((await myReactions(server.url, workshop, anna.token)).body).toEqual({ reactions: [] });
  });

  test('a JSON export keeps the counts, and the names unless anonymous, through an import', async () => {
    const { server, workshop, anna, pekka, note } = await reactingWorkshop();
    await react(server.url, workshop, anna.token, note, 'agree');
    await react(server.url, workshop, pekka.token, note, 'agree');
    await react(server.url, workshop, pekka.token, note, 'idea');
    const named = (await postImport(server.url, await exportJson(server.url, workshop))).body as CreatedWorkshop;
    const reader = connectClient(syncOn(server, named), named.sync.tokens.viewer);
    await synced(reader);
    const people = [anna.person.id, pekka.person.id].sort();
    await eventually(() => expect(agree(reader.doc, note)).toEqual({ kind: 'agree', count: 2, people }));
    // In the imported workshop the reactions are the server's again: anonymity hides the names there too.
    expect((await setAnonymous(server.url, named, named.sync.tokens.facilitator, true)).status).toBe(200);
    await eventually(() => expect(agree(reader.doc, note)).toEqual({ kind: 'agree', count: 2, people: [] }));

    await setAnonymous(server.url, workshop, workshop.sync.tokens.facilitator, true);
    const exported = (await exportJson(server.url, workshop)) as { boards: { plenary: { reactions: unknown } } };
    expect(exported.boards.plenary.reactions).toEqual([
      { note, kind: 'agree', count: 2 },
      { note, kind: 'idea', count: 1 },
    ]);
    const anonymous = (await postImport(server.url, exported)).body as CreatedWorkshop;
    const again = connectClient(syncOn(server, anonymous), anonymous.sync.tokens.viewer);
    await synced(again);
    await eventually(() => expect(readNoteReactions(again.doc, note).map((r) => r.count)).toEqual([2, 0, 0, 1]));
  });

  test('during group work: reactions on my group board, not on the common table', async () => {
    const server = await startTestServer();
    const { workshop, anna, facilitator } = await groupedWorkshop(server.url);
    const plenary = connectAs(workshop, 'facilitator');
    await synced(plenary);
    const common = must(createNote(plenary.doc, 'start:services', { text: 'Yhteinen' }));
    const board = connectRoom(workshop, `${workshop.id}/group/1`, workshop.sync.tokens.facilitator);
    await synced(board);
    const own = must(createNote(board.doc, 'start:services', { text: 'Ryhmän' }));
    setStage(facilitator.doc, 'group-work');
    await eventually(async () =>
      expect(await react(server.url, workshop, anna.token, common, 'agree')).toMatchObject({
        status: 403,
        body: { error: 'common-table-locked' },
      }),
    );
    await eventually(async () =>
      expect((await react(server.url, workshop, anna.token, own, 'idea', '1')).status).toBe(200),
    );
    expect((await react(server.url, workshop, anna.token, own, 'idea', '2')).status).toBe(403);
    await eventually(() => expect(readNoteReactions(board.doc, own)[3]?.count).toBe(1));
    expect(readNoteReactions(plenary.doc, own)[3]?.count).toBe(0);
  });
});
