import { type ClientOptions, WebSocket } from 'ws';

/** A bare WebSocket for what stock clients never send: garbage, oversized frames, bad names. */
export type RawSocket = { readonly socket: WebSocket; readonly closed: Promise<number> };

const sockets = new Set<WebSocket>();

export function openRaw(url: string, options: ClientOptions = {}): RawSocket {
  const socket = new WebSocket(url, options);
  sockets.add(socket);
  socket.on('error', () => {});
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return { socket, closed };
}

export function opened(raw: RawSocket): Promise<void> {
  if (raw.socket.readyState === raw.socket.OPEN) return Promise.resolve();
  return new Promise((resolve, reject) => {
    raw.socket.once('open', () => resolve());
    raw.socket.once('close', (code) => reject(new Error(`closed with ${code} before open`)));
  });
}

export function syncUrl(sync: { url: string }, room: string, token?: string): string {
  return `${sync.url}/${room}${token === undefined ? '' : `?token=${encodeURIComponent(token)}`}`;
}

export function closeRawSockets(): void {
  for (const socket of sockets) socket.terminate();
  sockets.clear();
}
