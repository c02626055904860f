import type { WorkshopId } from '@avaa/protocol';
import { useEffect, useState } from 'react';
import { fetchWorkshopLinks } from '../app/api.ts';

/** Loading, the link, or null when it could not be fetched. */
export type FeedbackLink = { readonly state: 'loading' } | { readonly state: 'ready'; readonly link: string | null };

/** The feedback page's link for the facilitator (it carries the workshop's viewer token). */
export function useFeedbackLink(workshopId: WorkshopId, token: string): FeedbackLink {
  const [link, setLink] = useState<FeedbackLink>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void fetchWorkshopLinks(workshopId, token).then((result) => {
      if (current) setLink({ state: 'ready', link: result.ok ? result.links.feedback : null });
    });
    return () => {
      current = false;
    };
  }, [workshopId, token]);
  return link;
}
