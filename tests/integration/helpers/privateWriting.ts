import { type PersonId, readAllNotes } from '@avaa/board-model';
import { privateRoomName, type WorkshopId, workshopRoomName } from '@avaa/protocol';
import type { CreatedWorkshop } from './api.ts';
import { type Client, connectClient } from './clients.ts';

/** A person's private room on the common table. */
export function privateRoom(workshop: CreatedWorkshop, person: PersonId): string {
  return privateRoomName(workshop.id as WorkshopId, { kind: 'plenary' }, person);
}

/** A stock client on a person's private room of the common table. */
export function connectPrivate(
  sync: CreatedWorkshop['sync'],
  workshop: CreatedWorkshop,
  person: PersonId,
  token: string,
) {
  return connectClient({ url: sync.url, board: privateRoom(workshop, person) }, token);
}

/** POST /api/workshops/<id>/reveal/<board>. */
export async function reveal(url: string, workshop: CreatedWorkshop, token: string | undefined, board = 'plenary') {
  const response = await fetch(`${url}/api/workshops/${workshop.id}/reveal/${board}`, {
    method: 'POST',
    headers: token ? { Authorization: `Bearer ${token}` } : {},
  });
  return { status: response.status, body: (await response.json()) as unknown };
}

export function liveTexts(client: Client): string[] {
  return readAllNotes(client.doc)
    .filter((note) => !note.deleted)
    .map((note) => note.text)
    .sort();
}

/** A stock client on the workshop document (counts, the private-writing setting). */
export function connectWorkshopRoom(workshop: CreatedWorkshop, token: string): Client {
  return connectClient({ url: workshop.sync.url, board: workshopRoomName(workshop.id as WorkshopId) }, token);
}
