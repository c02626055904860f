import { canWrite, type WorkshopId } from '@avaa/protocol';
import type { TokenClaims } from '@avaa/sync-client';
import { useMemo } from 'react';
import { type Access, takeAccess } from '../access/accessToken.ts';
import { MessagePage } from '../app/MessagePage.tsx';
import { useBoardSession } from '../doc/useBoardSession.ts';
import { OpenBoard } from './OpenBoard.tsx';

/** `/w/<id>`: the shared table for participants and the facilitator. */
export function BoardPage({ workshopId }: { workshopId: WorkshopId }) {
  const access = useMemo<Access>(() => takeAccess(workshopId, 'board'), [workshopId]);
  if (!access.ok) {
    return <MessagePage heading={`access.${access.problem}.heading`} text={`access.${access.problem}.text`} />;
  }
  return <Session workshopId={workshopId} token={access.token} claims={access.claims} />;
}

function Session({ workshopId, token, claims }: { workshopId: WorkshopId; token: string; claims: TokenClaims }) {
  const canEdit = canWrite(claims.role);
  const session = useBoardSession(workshopId, token, canEdit ? 'edit' : 'view');
  if (!session) return null;
  return <OpenBoard workshopId={workshopId} token={token} session={session} canEdit={canEdit} />;
}
