import { CloseCode, type CloseCodeName, closeCodeName, FATAL_CLOSE_CODES, parseRoomName } from '@avaa/protocol';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { type ConnectionStatus, createStatusStore } from './connectionStatus.ts';
import { sendOwnPresenceOnly } from './providerInternals.ts';
import type { Reading, Store } from './reading.ts';
import { type SavedState, trackSavedState } from './savedState.ts';

export type ConnectOptions = {
  /** The sync endpoint, e.g. `wss://avaa.example/sync`. */
  readonly url: string;
  /** The room, e.g. `k3m9x2p7qa/plenary` (see `roomName` in @avaa/protocol). */
  readonly board: string;
  readonly token: string;
  readonly doc: Y.Doc;
  /** For Node tests (the `ws` package); browsers use their own WebSocket. */
  readonly WebSocketPolyfill?: typeof WebSocket;
  /**
   * Drop the socket when the browser says it is offline and reconnect when it is back, instead
   * of waiting up to 30 s for y-websocket's silence watchdog. Default: on where `window` exists.
   */
  readonly followBrowserOnline?: boolean;
  /** How long without any acknowledgement before "saving" shows as stalled (tests shorten it). */
  readonly savingStalledAfterMs?: number;
  /** How long to wait before resending after the server refused a change (4522). */
  readonly refusedRetryMs?: number;
};

/**
 * After 4522 `changeRefused` the same resync would be refused again at once (it may wait for
 * another person's device to send what ours depends on): retry calmly rather than in a loop.
 */
export const REFUSED_RETRY_MS = 10_000;

export type BoardConnection = {
  readonly provider: WebsocketProvider;
  readonly awareness: Awareness;
  readonly status: Reading<ConnectionStatus>;
  /** Whether local edits are committed on the server ("all changes saved" only when `saved`). */
  readonly savedState: Reading<SavedState>;
  destroy(): void;
};

/**
 * Connects a Y.Doc to one board on the server. The document stays the caller's: this only syncs
 * it, reports the connection state and stops retrying when the server refuses for good.
 */
export function connectBoard(options: ConnectOptions): BoardConnection {
  const { url, board, token, doc } = options;
  const status = createStatusStore({ state: 'connecting' });
  const provider = new WebsocketProvider(url, board, doc, {
    params: { token },
    ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    // Only our fatal codes end the session; y-websocket's default would also stop on any 44xx.
    // A refused change reconnects later, on our own timer (followStatus).
    shouldReconnect: (event) => !FATAL_CLOSE_CODES.has(event.code) && event.code !== CloseCode.changeRefused,
  });
  const stopStatus = followStatus(provider, status, options.refusedRetryMs ?? REFUSED_RETRY_MS);
  sendOwnPresenceOnly(provider, doc.clientID);
  const afterBoards = parseRoomName(board)?.kind === 'workshop';
  const stopFollowing = options.followBrowserOnline === false ? () => {} : followBrowserOnline(provider, afterBoards);
  const savedState = trackSavedState(provider, doc, status, options.savingStalledAfterMs);

  return {
    provider,
    awareness: provider.awareness,
    status,
    savedState,
    destroy() {
      stopStatus();
      stopFollowing();
      savedState.destroy();
      provider.destroy();
    },
  };
}

/**
 * The connection's state from the provider's events: live once synced, offline with the last
 * reason the server gave, closed for good on a fatal code. A refused change is retried on a calm
 * timer. Returns what stops it (after which no event changes the state).
 */
function followStatus(provider: WebsocketProvider, status: Store<ConnectionStatus>, refusedRetryMs: number) {
  let stopped = false;
  let lastReason: CloseCodeName | undefined;
  let retry: ReturnType<typeof setTimeout> | undefined;

  provider.on('sync', (synced: boolean) => {
    if (stopped || !synced) return;
    lastReason = undefined;
    status.set({ state: 'live' });
  });

  provider.on('connection-close', (event: CloseEvent | null) => {
    if (stopped) return;
    // null: we closed it ourselves (destroy, browser offline, watchdog).
    const name = event ? closeCodeName(event.code) : undefined;
    if (event && FATAL_CLOSE_CODES.has(event.code)) {
      stopped = true;
      status.set({ state: 'closed', reason: name ?? 'unknown', code: event.code });
      return;
    }
    if (name && name !== 'normal' && name !== 'goingAway') lastReason = name;
    if (event?.code === CloseCode.changeRefused) {
      clearTimeout(retry);
      retry = setTimeout(() => provider.connect(), refusedRetryMs);
    }
    // "connecting" lasts until the first attempt fails; from then on it is offline until synced.
    status.set(lastReason ? { state: 'offline', reason: lastReason } : { state: 'offline' });
  });

  return () => {
    clearTimeout(retry);
    stopped = true;
  };
}

/**
 * `afterBoards`: the workshop room reconnects a turn after the boards. Chromium lets one
 * WebSocket at a time connect to a host (RFC 6455 4.1), and what a person returning to the
 * network waits for is the board's notes: on a 400 ms link they came 560 ms later behind the
 * workshop room's socket (issue 19's phone bench).
 */
function followBrowserOnline(provider: WebsocketProvider, afterBoards: boolean): () => void {
  const target = globalThis as Partial<Pick<Window, 'addEventListener' | 'removeEventListener'>>;
  if (typeof target.addEventListener !== 'function' || typeof target.removeEventListener !== 'function') {
    return () => {};
  }
  let later: ReturnType<typeof setTimeout> | undefined;
  const goOffline = () => {
    clearTimeout(later);
    provider.disconnect();
  };
  const goOnline = () => {
    if (!afterBoards) return provider.connect();
    // Every board's own `online` listener runs in this same dispatch: their sockets come first.
    clearTimeout(later);
    later = setTimeout(() => provider.connect(), 0);
  };
  target.addEventListener('offline', goOffline);
  target.addEventListener('online', goOnline);
  return () => {
    clearTimeout(later);
    target.removeEventListener?.('offline', goOffline);
    target.removeEventListener?.('online', goOnline);
  };
}
