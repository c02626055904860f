import type { WorkshopId } from '@avaa/protocol';
import { useEffect, useMemo, useState } from 'react';
import { absoluteLink } from '../app/absoluteLink.ts';

export type JoinLink = { readonly participant: string; readonly joinCode: string };
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
  try {
    const response = await fetch(`/api/workshops/${workshopId}/join-link`, {
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) return null;
    const body = (await response.json()) as Record<string, unknown>;
    const { participant, joinCode } = body;
    if (typeof participant !== 'string' || typeof joinCode !== 'string') return null;
    return { participant: absoluteLink(participant), joinCode };
  } catch {
    return null;
  }
}
