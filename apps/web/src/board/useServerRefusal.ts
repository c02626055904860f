import type { CloseCodeName, WorkshopId } from '@avaa/protocol';
import { useEffect, useState } from 'react';
import { fetchWorkshop } from '../app/api.ts';

const REFUSALS: Readonly<Record<number, CloseCodeName>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'workshopNotFound',
};

/**
 * Asks the API about our token once. A browser reports a refused WebSocket upgrade only as
 * "closed (1006)", so this is how the page can say *why* it cannot open the board. Network
 * failures say nothing: offline work with the cached board goes on.
 */
export function useServerRefusal(workshopId: WorkshopId, token: string): CloseCodeName | null {
  const [refusal, setRefusal] = useState<CloseCodeName | null>(null);
  useEffect(() => {
    let current = true;
    void fetchWorkshop(workshopId, token).then((result) => {
      if (current && !result.ok && result.kind === 'http') setRefusal(REFUSALS[result.status] ?? null);
    });
    return () => {
      current = false;
    };
  }, [workshopId, token]);
  return refusal;
}
