import { readAllNotes } from '@avaa/board-model';
import type { SavedState } from '@avaa/sync-client';
import * as Y from 'yjs';
import { boardConnection } from '../integration/helpers/savedClients.ts';

type Sync = { readonly url: string; readonly board: string };

/** One person's board connection, as the web app connects (it asks for acknowledgements). */
export type ChaosClient = {
  readonly index: number;
  readonly board: string;
  readonly token: string;
  readonly doc: Y.Doc;
  /** Every marker this client wrote, in order. */
  readonly markers: readonly string[];
  nextMarker(): string;
  edited(marker: string): void;
  /** The markers written before the client last heard "saved". */
  acknowledgedMarkers(): readonly string[];
  savedState(): SavedState;
  /** Resolves once everything written is acknowledged. */
  settled(): Promise<void>;
  disconnect(): void;
  reconnect(): void;
  destroy(): void;
};

export function chaosClient(index: number, sync: Sync, token: string): ChaosClient {
  const doc = new Y.Doc();
  const connection = boardConnection(sync, token, doc);
  const markers: string[] = [];
  let acknowledged = 0;
  let counter = 0;
  connection.savedState.subscribe(() => {
    if (connection.savedState.getSnapshot() === 'saved') acknowledged = markers.length;
  });
  return {
    index,
    board: sync.board,
    token,
    doc,
    markers,
    nextMarker: () => `c${index}-${++counter}`,
    edited: (marker) => markers.push(marker),
    acknowledgedMarkers: () => markers.slice(0, acknowledged),
    savedState: () => connection.savedState.getSnapshot(),
    settled: () =>
      new Promise((resolve) => {
        const check = () => {
          if (connection.savedState.getSnapshot() !== 'saved') return false;
          resolve();
          return true;
        };
        if (check()) return;
        const stop = connection.savedState.subscribe(() => check() && stop());
      }),
    disconnect: () => connection.provider.disconnect(),
    reconnect: () => connection.provider.connect(),
    destroy: () => connection.destroy(),
  };
}

/** The board's note texts as the server has them now, through a fresh client with no state of its own. */
export async function readServerCopy(url: string, client: ChaosClient): Promise<string[]> {
  const doc = new Y.Doc();
  const connection = boardConnection(
    { url: `${url.replace(/^http/, 'ws')}/sync`, board: client.board },
    client.token,
    doc,
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('reader did not sync in 15 s')), 15_000);
      const check = () => {
        if (connection.status.getSnapshot().state !== 'live') return;
        clearTimeout(timer);
        resolve();
      };
      connection.status.subscribe(check);
      check();
    });
    return readAllNotes(doc).map((note) => note.text);
  } finally {
    connection.destroy();
  }
}
