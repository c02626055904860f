import type { JoinLink, WorkshopId } from '@avaa/protocol';
import * as api from '@avaa/workshop-client';
import { useEffect, useMemo, useState } from 'react';
import { absoluteLink } from '../app/absoluteLink.ts';

export type { JoinLink };
export type JoinLinkReading =
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | ({ readonly state: 'ready' } & JoinLink);

/**
 * GET /api/workshops/<id>/join-link with the projector's read-only token: the participant link
 * and the join code, given while joining is on the projector (server/README.md). Asked again
 * whenever `key` changes (the workshop's settings: a rotated link, the screen shown again).
 */
export function useJoinLink(workshopId: WorkshopId, token: string, key: string): JoinLinkReading {
  const [reading, setReading] = useState<JoinLinkReading>({ state: 'loading' });
  // A new request whenever `key` changes, even for the same workshop and token.
  const request = useMemo(() => ({ workshopId, token, key }), [workshopId, token, key]);
  useEffect(() => {
    let current = true;
    void fetchJoinLink(request.workshopId, request.token).then((link) => {
      if (current) setReading(link ? { state: 'ready', ...link } : { state: 'failed' });
    });
    return () => {
      current = false;
    };
  }, [request]);
  return reading;
}

async function fetchJoinLink(workshopId: WorkshopId, token: string): Promise<JoinLink | null> {
  const answer = await api.fetchJoinLink('', workshopId, token);
  return answer.ok ? { ...answer.value, participant: absoluteLink(answer.value.participant) } : null;
}
