import { type Language, setJoiningOpen } from '@avaa/board-model';
import type { Role, WorkshopId } from '@avaa/protocol';
import { createWorkshopClient } from '@avaa/workshop-client';
import { waitFor } from '@testing-library/react';
import { expect, inject } from 'vitest';
import { NODE_WEBSOCKET } from './nodeWebSocket.ts';

/** A workshop created on the component tests' real server, with a token for each role. */
export type ServerWorkshop = {
  readonly id: WorkshopId;
  readonly joinCode: string;
  readonly tokens: Readonly<Record<Role, string>>;
};

export async function createServerWorkshop(title: string, language: Language = 'fi'): Promise<ServerWorkshop> {
  const response = await fetch('/api/workshops', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, language }),
  });
  if (response.status !== 201) throw new Error(`workshop not created: ${response.status}`);
  const body = (await response.json()) as { id: WorkshopId; joinCode: string; sync: { tokens: Record<Role, string> } };
  return { id: body.id, joinCode: body.joinCode, tokens: body.sync.tokens };
}

/** The facilitator closes joining, as the people page does, and waits until the server stored it. */
export async function closeJoining(workshop: ServerWorkshop): Promise<void> {
  const client = createWorkshopClient({
    workshopId: workshop.id,
    token: workshop.tokens.facilitator,
    syncUrl: `${inject('apiUrl').replace(/^http/, 'ws')}/sync`,
    apiBase: inject('apiUrl'),
    offlineCopies: false,
    followBrowserOnline: false,
    WebSocketPolyfill: NODE_WEBSOCKET,
  });
  const { doc, connection } = client.openWorkshop();
  try {
    await waitFor(() => expect(connection.status.getSnapshot().state).toBe('live'), { timeout: 10_000 });
    setJoiningOpen(doc, false);
    await waitFor(() => expect(connection.savedState.getSnapshot()).toBe('saved'), { timeout: 10_000 });
  } finally {
    client.close();
  }
}
