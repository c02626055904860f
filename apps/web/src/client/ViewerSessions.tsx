import type { BoardRef, WorkshopId } from '@avaa/protocol';
import type { BoardSession, RoomSession } from '@avaa/workshop-client';
import type { ReactNode } from 'react';
import { ClientContext, useClient } from './ClientContext.ts';
import { useBoardSession, useWorkshopRoom } from './useSessions.ts';
import { useWorkshopClient } from './useWorkshopClient.ts';

export type ViewerRooms = { readonly workshop: RoomSession; readonly table: BoardSession };

type Props = { workshopId: WorkshopId; token: string; children: (rooms: ViewerRooms) => ReactNode };

/**
 * A screen that reads a workshop with one token (the projector, the feedback page): its client,
 * the workshop document and the common table, open for as long as the screen is.
 */
export function ViewerSessions({ workshopId, token, children }: Props) {
  const client = useWorkshopClient(workshopId, token);
  return client && <ClientContext.Provider value={client}>{<Rooms>{children}</Rooms>}</ClientContext.Provider>;
}

function Rooms({ children }: Pick<Props, 'children'>) {
  const client = useClient();
  const workshop = useWorkshopRoom(client);
  const table = useBoardSession(client, PLENARY, false);
  return workshop && table && children({ workshop, table });
}

const PLENARY: BoardRef = { kind: 'plenary' };
