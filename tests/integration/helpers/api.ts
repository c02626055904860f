import type { Role } from '@avaa/protocol';

export type CreatedWorkshop = {
  readonly id: string;
  readonly title: string;
  readonly language: string;
  readonly links: { readonly facilitator: string; readonly participant: string; readonly projector: string };
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
