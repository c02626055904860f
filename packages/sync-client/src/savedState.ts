import { decodeSavedMessage, encodeSavedMessage, SavedMessageType } from '@avaa/protocol';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { ConnectionStatus } from './connectionStatus.ts';
import { socketOf } from './providerInternals.ts';
import { createStore, type Reading } from './reading.ts';

/**
 * Whether this browser's edits are stored on the server (committed to its database):
 * - `saved`: every local edit is committed on the server;
 * - `saving`: sent, waiting for the commit;
 * - `stalled`: connected, but no commit confirmed for a while (the server cannot store right
 *   now, e.g. its database or Redis is away);
 * - `offline-unsaved`: not connected, edits wait in this document (and its browser storage);
 * - `refused`: the server refused a change of ours (close code 4522 `changeRefused`) and has
 *   not confirmed everything since: edits wait here and are sent again on every reconnect.
 */
export const SAVED_STATES = ['saved', 'saving', 'stalled', 'offline-unsaved', 'refused'] as const;
export type SavedState = (typeof SAVED_STATES)[number];

/** How long "saving" may go without any acknowledgement before it is shown as stalled. */
export const SAVING_STALLED_AFTER_MS = 5000;

export type SavedStateTracker = Reading<SavedState> & { destroy(): void };

/**
 * Counts local edits and asks the server, after each burst of them, to acknowledge once they
 * are committed (`@avaa/protocol` saved.ts). A request is sent only on a synced socket: by then
 * this client's sync step 2 (everything the server lacked) went out on it, so request n covers
 * local edits 1..n whether they were sent as updates or in that step 2. After a reconnect the
 * request is repeated, since acknowledgements of the old socket never come.
 */
export function trackSavedState(
  provider: WebsocketProvider,
  doc: Y.Doc,
  status: Reading<ConnectionStatus>,
  stalledAfterMs = SAVING_STALLED_AFTER_MS,
): SavedStateTracker {
  let edits = 0;
  let requested = 0;
  let acknowledged = 0;
  let scheduled = false;
  let stalled = false;
  let refused = false;
  let watchdog: ReturnType<typeof setTimeout> | undefined;
  const saved = createStore<SavedState>('saved');

  const compute = (): SavedState => {
    if (acknowledged >= edits) return 'saved';
    if (refused) return 'refused';
    if (status.getSnapshot().state !== 'live') return 'offline-unsaved';
    return stalled ? 'stalled' : 'saving';
  };
  // Restarted when waiting begins, on every acknowledgement and on every new socket, never by
  // new edits: typing on must not hide that nothing has been confirmed for a while.
  const watch = () => {
    clearTimeout(watchdog);
    stalled = false;
    if (acknowledged < edits) {
      watchdog = setTimeout(() => {
        stalled = true;
        refresh();
      }, stalledAfterMs);
    }
  };
  const refresh = () => {
    const now = status.getSnapshot();
    // Until the server confirms everything again: a refusal is news the user must not miss.
    if (now.state === 'offline' && now.reason === 'changeRefused') refused = true;
    if (acknowledged >= edits) refused = false;
    saved.set(compute());
  };
  const request = () => {
    scheduled = false;
    const socket = socketOf(provider);
    if (!provider.synced || socket?.readyState !== 1 || requested >= edits) return;
    requested = edits;
    socket.send(encodeSavedMessage({ type: 'saveRequest', seq: edits }));
  };

  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // The provider applies what the server sent: not ours to save.
    if (origin === provider) return;
    const wasSaved = acknowledged >= edits;
    edits += 1;
    if (wasSaved) watch();
    refresh();
    // One request per burst: a drag emits many updates in one task.
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(request);
    }
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    requested = acknowledged;
    watch();
    request();
  };
  doc.on('update', onUpdate);
  provider.on('sync', onSync);
  const stopStatus = status.subscribe(refresh);
  provider.messageHandlers[SavedMessageType.saved] = (_encoder, decoder) => {
    const message = decodeSavedMessage(decoder.arr);
    // A number beyond what we asked for would be a server bug: never count unrequested edits.
    if (message?.type === 'saved') acknowledged = Math.max(acknowledged, Math.min(message.seq, requested));
    watch();
    refresh();
  };

  return {
    getSnapshot: saved.getSnapshot,
    subscribe: saved.subscribe,
    destroy() {
      clearTimeout(watchdog);
      doc.off('update', onUpdate);
      provider.off('sync', onSync);
      stopStatus();
    },
  };
}
