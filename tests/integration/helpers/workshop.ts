import { applyGrouping } from '@avaa/board-model';
import { expect } from 'vitest';
import { type BoardsAnswer, type CreatedWorkshop, createWorkshop, getBoards, joinAs } from './api.ts';
import { type Client, connectClient, synced } from './clients.ts';
import { eventually } from './eventually.ts';

/** A stock client on any room of the workshop (`<id>/workshop`, `<id>/group/2`, ...). */
export function connectRoom(workshop: CreatedWorkshop, room: string, token: string): Client {
  return connectClient({ url: workshop.sync.url, board: room }, token);
}

export const workshopRoom = (workshop: CreatedWorkshop) => `${workshop.id}/workshop`;
export const groupRoom = (workshop: CreatedWorkshop, group: number) => `${workshop.id}/group/${group}`;

/** Waits until the server's workshop document (read through the boards API) satisfies `check`. */
export async function serverSees(url: string, workshop: CreatedWorkshop, check: (boards: BoardsAnswer) => void) {
  await eventually(async () => {
    const answer = await getBoards(url, workshop.id, workshop.sync.tokens.facilitator);
    check(answer.body as BoardsAnswer);
  });
}

export const membersOf = (boards: BoardsAnswer) =>
  boards.groups.map((group) => group.members.map((member) => member.name));

/**
 * A workshop where Anna (group 1) and Pekka (group 2) joined by the API and the facilitator
 * formed the groups with a stock client on the workshop room, as the web app does.
 */
export async function groupedWorkshop(url: string) {
  const workshop = await createWorkshop(url);
  const anna = await joinAs(url, workshop, 'Anna');
  const pekka = await joinAs(url, workshop, 'Pekka', 'network-partner');
  const facilitator = connectRoom(workshop, workshopRoom(workshop), workshop.sync.tokens.facilitator);
  await synced(facilitator);
  const grouping = { groups: [{ members: [anna.person.id] }, { members: [pekka.person.id] }], contacts: new Map() };
  expect(applyGrouping(facilitator.doc, grouping).ok).toBe(true);
  await serverSees(url, workshop, (boards) => expect(membersOf(boards)).toEqual([['Anna'], ['Pekka']]));
  return { workshop, anna, pekka, facilitator };
}

/**
 * Waits until the server has handled everything `writer` sent so far: frames of one socket are
 * handled in order, so once a later awareness change reaches `observer`, earlier edits were
 * applied or dropped.
 */
export async function handled(writer: Client, observer: Client, marker: string): Promise<void> {
  writer.provider.awareness.setLocalStateField('marker', marker);
  await eventually(() =>
    expect(observer.provider.awareness.getStates().get(writer.doc.clientID)).toMatchObject({ marker }),
  );
}
