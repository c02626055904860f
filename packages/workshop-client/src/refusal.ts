import { ApiError, type CloseCodeName, type WorkshopId } from '@avaa/protocol';
import { createStore, type Reading } from '@avaa/sync-client';
import { fetchWorkshop } from './api/index.ts';

/** The API's refusals of a token, said as the socket's close codes would say them. */
const REFUSALS: Partial<Readonly<Record<ApiError, CloseCodeName>>> = {
  [ApiError.unauthorized]: 'unauthorized',
  [ApiError.forbidden]: 'forbidden',
  [ApiError.workshopNotFound]: 'workshopNotFound',
};

/**
 * Asks the API about a token once. A browser reports a refused WebSocket upgrade only as
 * "closed (1006)", so this is how a page can say *why* it cannot open a board. A network
 * failure says nothing: offline work with the cached board goes on.
 */
export function askRefusal(apiBase: string, workshopId: WorkshopId, token: string): Reading<CloseCodeName | null> {
  const refusal = createStore<CloseCodeName | null>(null);
  void fetchWorkshop(apiBase, workshopId, token).then((answer) => {
    if (!answer.ok && answer.kind === 'refused') refusal.set(REFUSALS[answer.error] ?? null);
  });
  return refusal;
}
