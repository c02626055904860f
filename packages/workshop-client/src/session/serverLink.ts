import type { BoardConnection } from '@avaa/sync-client';

/** A board's link to the server as a watcher of others' changes needs it (the y-websocket provider). */
export type ServerLink = {
  /** The origin of the transactions the server's messages make. */
  readonly origin: unknown;
  isSynced(): boolean;
  /** Calls `listener` whenever the link has synced (again); returns the unsubscribe. */
  onSynced(listener: () => void): () => void;
};

export function serverLinkOf(connection: BoardConnection): ServerLink {
  const { provider } = connection;
  return {
    origin: provider,
    isSynced: () => provider.synced,
    onSynced(listener) {
      const onSync = (synced: boolean) => {
        if (synced) listener();
      };
      provider.on('sync', onSync);
      return () => provider.off('sync', onSync);
    },
  };
}
