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
  const count = new SaveCount(status, stalledAfterMs);
  let scheduled = false;
  const request = () => {
    scheduled = false;
    const socket = socketOf(provider);
    const seq = count.unrequested();
    if (!provider.synced || socket?.readyState !== 1 || seq === null) return;
    count.requested = seq;
    socket.send(encodeSavedMessage({ type: 'saveRequest', seq }));
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // The provider applies what the server sent: not ours to save.
    if (origin === provider) return;
    count.edited();
    // One request per burst: a drag emits many updates in one task.
    if (!scheduled) {
      scheduled = true;
      queueMicrotask(request);
    }
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    count.resynced();
    request();
  };
  doc.on('update', onUpdate);
  provider.on('sync', onSync);
  const stopStatus = status.subscribe(count.refresh);
  provider.messageHandlers[SavedMessageType.saved] = (_encoder, decoder) => {
    const message = decodeSavedMessage(decoder.arr);
    count.acknowledged(message?.type === 'saved' ? message.seq : null);
  };
  return {
    getSnapshot: count.saved.getSnapshot,
    subscribe: count.saved.subscribe,
    destroy() {
      count.destroy();
      doc.off('update', onUpdate);
      provider.off('sync', onSync);
      stopStatus();
    },
  };
}

/** The numbers behind the saved state: local edits, the last one asked about, the last one confirmed. */
class SaveCount {
  readonly saved = createStore<SavedState>('saved');
  requested = 0;
  private edits = 0;
  private confirmed = 0;
  private stalled = false;
  private refused = false;
  private watchdog: ReturnType<typeof setTimeout> | undefined;

  private readonly status: Reading<ConnectionStatus>;
  private readonly stalledAfterMs: number;

  constructor(status: Reading<ConnectionStatus>, stalledAfterMs: number) {
    this.status = status;
    this.stalledAfterMs = stalledAfterMs;
  }

  edited(): void {
    const wasSaved = this.confirmed >= this.edits;
    this.edits += 1;
    if (wasSaved) this.watch();
    this.refresh();
  }

  /** The edit count to ask about, or null when it was asked already. */
  unrequested(): number | null {
    return this.requested < this.edits ? this.edits : null;
  }

  /** A new socket: what the old one was asked never gets an answer. */
  resynced(): void {
    this.requested = this.confirmed;
    this.watch();
  }

  acknowledged(seq: number | null): void {
    // A number beyond what we asked for would be a server bug: never count unrequested edits.
    if (seq !== null) this.confirmed = Math.max(this.confirmed, Math.min(seq, this.requested));
    this.watch();
    this.refresh();
  }

  readonly refresh = (): void => {
    const now = this.status.getSnapshot();
    // Until the server confirms everything again: a refusal is news the user must not miss.
    if (now.state === 'offline' && now.reason === 'changeRefused') this.refused = true;
    if (this.confirmed >= this.edits) this.refused = false;
    this.saved.set(this.compute());
  };

  destroy(): void {
    clearTimeout(this.watchdog);
  }

  private compute(): SavedState {
    if (this.confirmed >= this.edits) return 'saved';
    if (this.refused) return 'refused';
    if (this.status.getSnapshot().state !== 'live') return 'offline-unsaved';
    return this.stalled ? 'stalled' : 'saving';
  }

  // Restarted when waiting begins, on every acknowledgement and on every new socket, never by
  // new edits: typing on must not hide that nothing has been confirmed for a while.
  private watch(): void {
    clearTimeout(this.watchdog);
    this.stalled = false;
    if (this.confirmed < this.edits) {
      this.watchdog = setTimeout(() => {
        this.stalled = true;
        this.refresh();
      }, this.stalledAfterMs);
    }
  }
}
