import {
  applyGrouping,
  CELL_IDS,
  createNote,
  formGroups,
  type GroupSize,
  groupOfPerson,
  mergeGroupBoards,
  NOTE_COLOURS,
  type ParticipantRole,
  type PersonId,
  readPeople,
  setPresenting,
} from '@avaa/board-model';
import { connectBoard } from '@avaa/sync-client';
import * as Y from 'yjs';
import type { CreatedWorkshop } from './server.ts';

/** A plain Yjs client on one room, synced, for seeding what people would do through the UI. */
export async function openRoom(workshop: CreatedWorkshop, room: string, token: string) {
  const doc = new Y.Doc();
  const connection = connectBoard({ url: workshop.sync.url, board: room, token, doc, followBrowserOnline: false });
  await until(() => connection.status.getSnapshot().state === 'live', 5000, `${room} never synced`);
  const settled = () => ['saved', 'refused'].includes(connection.savedState.getSnapshot());
  return {
    doc,
    connection,
    /** Until the server has committed every edit made so far (what an API call may then read). */
    async saved() {
      await until(() => connection.savedState.getSnapshot() === 'saved', 10_000, `${room} never saved`);
    },
    async close() {
      // Let the updates be committed (or refused) before closing the socket.
      await until(settled, 10_000, `${room}: edits neither saved nor refused`);
      connection.destroy();
      doc.destroy();
    },
  };
}

const tokenOf = (link: string) => new URL(link).hash.slice('#token='.length);

export type Joined = { readonly token: string; readonly person: { id: string; name: string; role: string } };

/** People join through the API, as the join form would do it; returns what the browser would store. */
export async function joinPeople(
  baseUrl: string,
  workshop: CreatedWorkshop,
  people: readonly { readonly name: string; readonly role: ParticipantRole }[],
): Promise<Joined[]> {
  const joined: Joined[] = [];
  for (const person of people) {
    const response = await fetch(`${baseUrl}/api/workshops/${workshop.id}/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenOf(workshop.links.participant)}` },
      body: JSON.stringify(person),
    });
    if (response.status !== 201) throw new Error(`joining failed: ${response.status}`);
    joined.push((await response.json()) as Joined);
  }
  return joined;
}

/** The facilitator forms groups of about `size` (as the panel's "form groups" does). */
export async function formWorkshopGroups(workshop: CreatedWorkshop, size: GroupSize): Promise<number> {
  const room = await openRoom(workshop, `${workshop.id}/workshop`, tokenOf(workshop.links.facilitator));
  const grouping = formGroups(readPeople(room.doc), { size });
  const applied = applyGrouping(room.doc, grouping);
  await room.close();
  if (!applied.ok) throw new Error(applied.error);
  return grouping.groups.length;
}

/** The group a person is in, read from the workshop document. */
export async function groupOf(workshop: CreatedWorkshop, person: string): Promise<number | null> {
  const room = await openRoom(workshop, `${workshop.id}/workshop`, tokenOf(workshop.links.facilitator));
  const group = groupOfPerson(room.doc, person as PersonId);
  await room.close();
  return group;
}

/** The facilitator's "present group n" (null: stop), as the presentation controls write it. */
export async function presentGroup(workshop: CreatedWorkshop, group: number | null): Promise<void> {
  const room = await openRoom(workshop, `${workshop.id}/workshop`, tokenOf(workshop.links.facilitator));
  const done = setPresenting(room.doc, group);
  await room.close();
  if (!done.ok) throw new Error(done.error);
}

/** Each group writes `perGroup` notes from `texts` into its board, spread over the cells. */
export async function seedGroupBoards(
  workshop: CreatedWorkshop,
  groups: number,
  texts: readonly string[],
  perGroup: number,
): Promise<void> {
  const token = tokenOf(workshop.links.facilitator);
  for (let group = 1; group <= groups; group++) {
    const room = await openRoom(workshop, `${workshop.id}/group/${group}`, token);
    for (let i = 0; i < perGroup; i++) {
      const n = group * 7 + i * 3;
      // Every group's first note is the same service in the same cell, worded a little differently.
      const cell = i === 0 ? 'start:services' : (CELL_IDS[n % CELL_IDS.length] ?? 'start:services');
      const text = i === 0 ? (texts[group % 2] ?? 'Lappu') : (texts[(group + i * groups) % texts.length] ?? 'Lappu');
      createNote(room.doc, cell, { text, colour: NOTE_COLOURS[n % NOTE_COLOURS.length] ?? 'yellow' });
    }
    await room.close();
  }
}

/** The facilitator's merge, from a plain client: the same operation the plenary's button runs. */
export async function mergeWorkshop(workshop: CreatedWorkshop, groups: number): Promise<void> {
  const token = tokenOf(workshop.links.facilitator);
  const common = await openRoom(workshop, `${workshop.id}/plenary`, token);
  const boards = [];
  for (let group = 1; group <= groups; group++)
    boards.push(await openRoom(workshop, `${workshop.id}/group/${group}`, token));
  mergeGroupBoards(
    common.doc,
    boards.map((board, i) => ({ group: i + 1, doc: board.doc })),
  );
  await Promise.all([common.close(), ...boards.map((board) => board.close())]);
}

async function until(check: () => boolean, budget: number, message: string): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > budget) throw new Error(message);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** A person places a dot through the votes API, as their browser does (dots are in no document). */
export async function placeDotAs(
  baseUrl: string,
  workshop: CreatedWorkshop,
  vote: string,
  token: string,
  note: string,
) {
  const response = await fetch(`${baseUrl}/api/workshops/${workshop.id}/votes/${vote}/dots`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ note }),
  });
  if (response.status !== 201) throw new Error(`dot refused: ${response.status} ${await response.text()}`);
}
