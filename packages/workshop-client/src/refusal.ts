import { type ApiError, type CloseCodeName, readApiError, type WorkshopId } from '@avaa/protocol';
import { createStore, type Reading } from '@avaa/sync-client';

/** The API's refusals of a token, said as the socket's close codes would say them. */
const REFUSALS: Partial<Readonly<Record<ApiError, CloseCodeName>>> = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  'workshop-not-found': 'workshopNotFound',
};

/**
 * Asks the API about a token once. A browser reports a refused WebSocket upgrade only as
 * "closed (1006)", so this is how a page can say *why* it cannot open a board. A network
 * failure says nothing: offline work with the cached board goes on.
 */
export function askRefusal(apiBase: string, workshopId: WorkshopId, token: string): Reading<CloseCodeName | null> {
  const refusal = createStore<CloseCodeName | null>(null);
  void fetch(`${apiBase}/api/workshops/${workshopId}`, { headers: { authorization: `Bearer ${token}` } })
    .then(async (response) => {
      if (response.ok) return;
      const error = readApiError(await response.json().catch(() => null))?.error;
      refusal.set((error && REFUSALS[error]) ?? null);
    })
    .catch(() => {});
  return refusal;
}
