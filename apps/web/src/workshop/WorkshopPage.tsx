import type { WorkshopId } from '@avaa/protocol';
import { useCallback, useState } from 'react';
import { storeMembership } from '../access/personalToken.ts';
import { resolveWorkshopAccess, type WorkshopAccess } from '../access/workshopAccess.ts';
import { MessagePage } from '../app/MessagePage.tsx';
import type { WorkshopView } from '../app/routes.ts';
import { JoinPage } from '../join/JoinPage.tsx';
import { OpenWorkshop } from './OpenWorkshop.tsx';

/**
 * `/w/<id>/...`: every page of a workshop but the projector. Decides who this device is (the
 * facilitator, a person who joined, or a participant link that still has to join), then keeps
 * the workshop's connection open while the person moves between its pages.
 */
export function WorkshopPage({ workshopId, view }: { workshopId: WorkshopId; view: WorkshopView }) {
  const [access, setAccess] = useState<WorkshopAccess>(() => resolveWorkshopAccess(workshopId));
  const reresolve = useCallback(() => setAccess(resolveWorkshopAccess(workshopId)), [workshopId]);

  if (access.kind === 'problem') {
    return <MessagePage heading={`access.${access.problem}.heading`} text={`access.${access.problem}.text`} />;
  }
  if (access.kind === 'join') {
    return (
      <JoinPage
        workshopId={workshopId}
        linkToken={access.linkToken}
        onJoined={(membership) => {
          storeMembership(workshopId, membership);
          reresolve();
        }}
      />
    );
  }
  return <OpenWorkshop key={access.token} workshopId={workshopId} view={view} access={access} onLeft={reresolve} />;
}
