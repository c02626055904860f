import type { ApiError, CloseCodeName, WorkshopId } from '@avaa/protocol';
import { useEffect, useState } from 'react';
import { fetchWorkshop } from '../app/api.ts';

/** The API's refusals of a token, said as the socket's close codes would say them. */
const REFUSALS: Partial<Readonly<Record<ApiError, CloseCodeName>>> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'workshop-not-found': 'workshopNotFound',
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
      if (current && !result.ok && result.kind === 'refused') setRefusal(REFUSALS[result.error] ?? null);
    });
    return () => {
      current = false;
    };
  }, [workshopId, token]);
  return refusal;
}
