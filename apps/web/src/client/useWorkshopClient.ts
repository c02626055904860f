import type { WorkshopId } from '@avaa/protocol';
import { createWorkshopClient, type WorkshopClient } from '@avaa/workshop-client';
import { useEffect, useState } from 'react';

/** Where the sync socket lives: the same origin as the page (the dev server proxies it). */
function syncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}/sync`;
}

/**
 * A client for one workshop and token for as long as the page holds them; everything it opened
 * is closed when they change or the page goes away.
 */
export function useWorkshopClient(workshopId: WorkshopId, token: string): WorkshopClient | null {
  const [client, setClient] = useState<WorkshopClient | null>(null);
  useEffect(() => {
    const created = createWorkshopClient({ workshopId, token, syncUrl: syncUrl(), apiBase: '', offlineCopies: true });
    setClient(created);
    return () => {
      setClient(null);
      created.close();
    };
  }, [workshopId, token]);
  return client;
}
