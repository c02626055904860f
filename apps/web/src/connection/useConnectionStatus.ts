import { type BoardConnection, type ConnectionStatus, createStore } from '@avaa/workshop-client';
import { useReading } from '../client/useReading.ts';

const CONNECTING = createStore<ConnectionStatus>({ state: 'connecting' });

export function useConnectionStatus(connection: BoardConnection | null): ConnectionStatus {
  return useReading(connection?.status ?? CONNECTING);
}
