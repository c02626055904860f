import type { WorkshopClient } from '@avaa/workshop-client';
import { createContext, useContext } from 'react';

/** The open workshop's client: every page of a workshop (and the projector) reads through it. */
export const ClientContext = createContext<WorkshopClient | null>(null);

export function useClient(): WorkshopClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient outside a workshop');
  return client;
}
