import { useEffect, useState } from 'react';
import { fetchWorkshopLinks } from '../app/api.ts';
import { isFacilitator, useWorkshop } from '../workshop/WorkshopContext.ts';
import { accessOf, readLinkToken } from './accessToken.ts';

/**
 * The address a printed QR code should carry so that a phone that has not joined can join: the
 * participant link with its token. The facilitator asks the server for the current one; a
 * participant has it only if this tab came with it. Otherwise the start page, where the join
 * code is typed: never the bare `/w/<id>`, which lets nobody in.
 */
export function useJoinLink(): string {
  const workshop = useWorkshop();
  const { workshopId, token } = workshop;
  const facilitator = isFacilitator(workshop);
  const [link, setLink] = useState(() => (facilitator ? null : participantLinkOfTab(workshopId)));
  useEffect(() => {
    if (!facilitator) return;
    let current = true;
    void fetchWorkshopLinks(workshopId, token).then((answer) => {
      if (current && answer.ok) setLink(answer.links.participant);
    });
    return () => {
      current = false;
    };
  }, [facilitator, workshopId, token]);
  return link ?? `${window.location.origin}/`;
}

function participantLinkOfTab(workshopId: Parameters<typeof readLinkToken>[0]): string | null {
  const access = accessOf(readLinkToken(workshopId, 'board'), workshopId);
  if (!access.ok || access.claims.role !== 'participant' || access.claims.personId) return null;
  return `${window.location.origin}/w/${workshopId}#token=${access.token}`;
}
