import type { WorkshopId } from '@avaa/protocol';
import { useEffect, useMemo, useState } from 'react';
import { fetchWorkshop, fetchWorkshopLinks, type WorkshopLinks } from '../app/api.ts';

export type JoinDetails =
  | { readonly state: 'loading' }
  | { readonly state: 'failed' }
  | { readonly state: 'ready'; readonly joinCode: string | null; readonly links: WorkshopLinks };

/**
 * The join code and the links to hand out for the facilitator's panel, fetched again whenever
 * `version` changes (after the participant link was rotated).
 */
export function useJoinDetails(workshopId: WorkshopId, token: string, version = 0): JoinDetails {
  const [details, setDetails] = useState<JoinDetails>({ state: 'loading' });
  // A new request whenever `version` changes (the link was rotated), for the same workshop.
  const request = useMemo(() => ({ workshopId, token, version }), [workshopId, token, version]);
  useEffect(() => {
    let current = true;
    const { workshopId: id, token: key } = request;
    void Promise.all([fetchWorkshop(id, key), fetchWorkshopLinks(id, key)]).then(([workshop, links]) => {
      if (!current) return;
      if (!links.ok) return setDetails({ state: 'failed' });
      const joinCode = workshop.ok ? (workshop.info.joinCode ?? null) : null;
      setDetails({ state: 'ready', joinCode, links: links.links });
    });
    return () => {
      current = false;
    };
  }, [request]);
  return details;
}
