import type { CreatedWorkshop } from './api.ts';

type Answer = { status: number; body: unknown };

async function call(url: string, path: string, token: string | undefined, body?: unknown): Promise<Answer> {
  const response = await fetch(`${url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: await response.json() };
}

/** POST …/boards/<board>/reactions: turns my reaction on or off. */
export function react(
  url: string,
  workshop: CreatedWorkshop,
  token: string | undefined,
  note: string,
  kind: string,
  board = 'plenary',
) {
  return call(url, `/api/workshops/${workshop.id}/boards/${board}/reactions`, token, { note, kind });
}

export function myReactions(url: string, workshop: CreatedWorkshop, token: string | undefined, board = 'plenary') {
  return call(url, `/api/workshops/${workshop.id}/boards/${board}/reactions`, token);
}

export function setAnonymous(url: string, workshop: CreatedWorkshop, token: string | undefined, anonymous: boolean) {
  return call(url, `/api/workshops/${workshop.id}/reactions/anonymous`, token, { anonymous });
}
