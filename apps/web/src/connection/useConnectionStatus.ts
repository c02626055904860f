import type { BoardConnection, ConnectionStatus } from '@avaa/sync-client';
import { useSyncExternalStore } from 'react';

const CONNECTING: ConnectionStatus = { state: 'connecting' };
const noSubscription = () => () => {};

export function useConnectionStatus(connection: BoardConnection | null): ConnectionStatus {
  return useSyncExternalStore(
    connection ? connection.status.subscribe : noSubscription,
    connection ? connection.status.getSnapshot : () => CONNECTING,
  );
}
