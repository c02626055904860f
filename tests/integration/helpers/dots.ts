import type { NoteId } from '@avaa/board-model';
import { WebSocket } from 'ws';
import type { CreatedWorkshop } from './api.ts';
import { syncStep1Frame } from './frames.ts';
import { syncUrl } from './rawSocket.ts';

type Answer = { readonly status: number; readonly body: Record<string, unknown> };

async function call(url: string, method: string, token: string | undefined, body?: unknown): Promise<Answer> {
  const response = await fetch(url, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const dotsUrl = (url: string, workshop: CreatedWorkshop, vote: string) =>
  `${url}/api/workshops/${workshop.id}/votes/${vote}/dots`;

/** POST one more dot of the token's person on `note` (`extra`: fields an attacker adds). */
export function placeDot(
  url: string,
  workshop: CreatedWorkshop,
  vote: string,
  token: string,
  note: NoteId,
  extra = {},
) {
  return call(dotsUrl(url, workshop, vote), 'POST', token, { note, ...extra });
}

export function takeBackDot(url: string, workshop: CreatedWorkshop, vote: string, token: string, note: NoteId) {
  return call(`${dotsUrl(url, workshop, vote)}/${note}`, 'DELETE', token);
}

export function myDots(url: string, workshop: CreatedWorkshop, vote: string, token: string) {
  return call(dotsUrl(url, workshop, vote), 'GET', token);
}

export function votePeople(url: string, workshop: CreatedWorkshop, vote: string, token: string | undefined) {
  return call(`${url}/api/workshops/${workshop.id}/votes/${vote}/people`, 'GET', token);
}

/**
 * A raw socket on a room that asks for the whole document (sync step 1) and keeps every frame
 * the server sends, as a projector's browser would receive them.
 */
export function recordRoom(sync: { url: string }, room: string, token: string) {
  const frames: Uint8Array[] = [];
  const socket = new WebSocket(syncUrl(sync, room, token));
  socket.binaryType = 'nodebuffer';
  socket.on('error', () => {});
  socket.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  const opened = new Promise<void>((resolve) => socket.once('open', () => resolve()));
  void opened.then(() => socket.send(syncStep1Frame()));
  return { frames, opened, close: () => socket.terminate() };
}

/** How often `text` (ASCII) occurs in the frames: each frame read as Latin-1. */
export function occurrences(frames: readonly Uint8Array[], text: string): number {
  let count = 0;
  for (const frame of frames) {
    const chars = Buffer.from(frame).toString('latin1');
    for (let at = chars.indexOf(text); at !== -1; at = chars.indexOf(text, at + 1)) count += 1;
  }
  return count;
}

/** Frames of the sync protocol (message type 0: the document), not presence. */
export function syncFrames(frames: readonly Uint8Array[]): Uint8Array[] {
  return frames.filter((frame) => frame[0] === 0);
}
