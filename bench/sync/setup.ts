import type { RoomPlan } from './loadTypes.ts';
import type { ServerProcess } from './serverProcess.ts';

type Created = {
  readonly id: string;
  readonly links: { readonly facilitator: string };
  readonly sync: { url: string; board: string; tokens: Record<string, string> };
};
type Joined = { readonly person: { readonly id: string }; readonly token: string };

/**
 * Boards to drive. On our server: real workshops (POST /api/workshops) and one joined person per
 * client (POST .../join), each with its own token, as people join through the web app. On the
 * reference: room names only (it has no workshops, no tokens), every client seeding locally.
 */
export async function planRooms(
  server: ServerProcess,
  workshops: number,
  people: number,
  from = 0,
): Promise<RoomPlan[]> {
  const indexes = Array.from({ length: workshops }, (_, index) => from + index);
  if (server.kind === 'reference') {
    const url = server.url.replace(/^http/, 'ws');
    return indexes.map((index) => ({
      url,
      room: `bench${index}/plenary`,
      people: Array.from({ length: people }, (_, person) => ({ token: 'none', person: `p${person}` })),
      seedLocally: true,
    }));
  }
  const plans: RoomPlan[] = [];
  // A few workshops at a time: creation and joining are durable commits on the server.
  for (let start = 0; start < indexes.length; start += 8) {
    const batch = indexes.slice(start, start + 8);
    plans.push(...(await Promise.all(batch.map((index) => createWorkshop(server.url, people, index)))));
  }
  return plans;
}

/**
 * A workshop with `people` joined, its board's plan and the facilitator's link (for a browser).
 * Each workshop's people join from their own venue's address (`X-Forwarded-For`, the bench server
 * trusts it): from one address the server's join limit per address (150 at once) stops a 20 x 10 run.
 */
export async function createWorkshop(
  url: string,
  people: number,
  venue = 0,
): Promise<RoomPlan & { facilitatorLink: string }> {
  const address = `10.${(venue >> 8) & 255}.${venue & 255}.1`;
  const created = (await post(`${url}/api/workshops`, { title: 'Kuormitustesti', language: 'fi' }, address)) as Created;
  const facilitatorLink = created.links.facilitator;
  const participant = created.sync.tokens.participant ?? '';
  const joined: RoomPlan['people'][number][] = [];
  for (let index = 0; index < people; index++) {
    const body = { name: `Henkilö ${index + 1}`, role: 'core-staff' };
    const answer = (await post(`${url}/api/workshops/${created.id}/join`, body, address, participant)) as Joined;
    joined.push({ token: answer.token, person: answer.person.id });
  }
  return { url: created.sync.url, room: created.sync.board, people: joined, seedLocally: false, facilitatorLink };
}

async function post(url: string, body: unknown, address: string, token?: string): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Forwarded-For': address,
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`POST ${new URL(url).pathname}: ${response.status}`);
  return response.json();
}
