import type { WorkshopId } from '@avaa/protocol';
import { useEffect, useState } from 'react';
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
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new version asks the server again.
  useEffect(() => {
    let current = true;
    void Promise.all([fetchWorkshop(workshopId, token), fetchWorkshopLinks(workshopId, token)]).then(
      ([workshop, links]) => {
        if (!current) return;
        if (!links.ok) return setDetails({ state: 'failed' });
        const joinCode = workshop.ok ? (workshop.info.joinCode ?? null) : null;
        setDetails({ state: 'ready', joinCode, links: links.links });
      },
    );
    return () => {
      current = false;
    };
  }, [workshopId, token, version]);
  return details;
}
