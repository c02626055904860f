import type { ParticipantRole, PersonId } from '@avaa/board-model';
import type { Role } from '@avaa/protocol';

export type CreatedWorkshop = {
  readonly id: string;
  readonly title: string;
  readonly language: string;
  readonly joinCode: string;
  readonly links: {
    readonly facilitator: string;
    readonly participant: string;
    readonly projector: string;
    readonly feedback: string;
  };
  readonly sync: { readonly url: string; readonly board: string; readonly tokens: Readonly<Record<Role, string>> };
};

export async function postJson(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`${url}/api/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json(), headers: response.headers };
}

export async function createWorkshop(url: string, title = 'Ohjaamo Espoo: asiakasprosessi'): Promise<CreatedWorkshop> {
  const response = await postJson(url, { title, language: 'fi' });
  if (response.status !== 201) throw new Error(`workshop creation failed: ${response.status}`);
  return response.body as CreatedWorkshop;
}

export async function getJson(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  return { status: response.status, body: await response.json() };
}

/** The workshop's sync coordinates on a (re)started server, whose port changes on each start. */
export function syncOn(server: { readonly url: string }, workshop: CreatedWorkshop): CreatedWorkshop['sync'] {
  return { ...workshop.sync, url: `${server.url.replace(/^http/, 'ws')}/sync` };
}

export type JoinedPerson = {
  readonly person: { readonly id: PersonId; readonly name: string; readonly role: ParticipantRole };
  readonly token: string;
};

/** POST /api/workshops/<id>/join with a token in the Authorization header. */
export async function postJoin(
  url: string,
  workshopId: string,
  body: unknown,
  token: string | undefined,
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/api/workshops/${workshopId}/join`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

/** Joins as `name` with the workshop's participant link; throws unless 201. */
export async function joinAs(
  url: string,
  workshop: CreatedWorkshop,
  name: string,
  role: ParticipantRole = 'core-staff',
): Promise<JoinedPerson> {
  const response = await postJoin(url, workshop.id, { name, role }, workshop.sync.tokens.participant);
  if (response.status !== 201) throw new Error(`join failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as JoinedPerson;
}

export type BoardsAnswer = {
  readonly workshop: { readonly room: string };
  readonly plenary: { readonly room: string };
  readonly groups: readonly {
    readonly number: number;
    readonly room: string;
    readonly members: readonly { readonly id: string; readonly name: string; readonly role: string }[];
  }[];
  readonly sync: { readonly url: string; readonly tokens: Readonly<Record<Role, string>> };
};

export function getBoards(url: string, workshopId: string, token: string | undefined) {
  const headers: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
  return getJson(`${url}/api/workshops/${workshopId}/boards`, { headers });
}
