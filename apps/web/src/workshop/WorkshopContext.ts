import type { PersonId } from '@avaa/board-model';
import type { Role, WorkshopId } from '@avaa/protocol';
import type { BoardConnection, PresenceUser, WorkshopClient } from '@avaa/workshop-client';
import { createContext, useContext } from 'react';
import type * as Y from 'yjs';
import type { WorkshopState } from './workshopState.ts';

/** Everything the pages of one open workshop share: who I am, my rights and the workshop document. */
export type WorkshopContextValue = {
  readonly workshopId: WorkshopId;
  /** The token every board connection uses: the facilitator's, a personal one, or a viewer's. */
  readonly token: string;
  /** What the pages open boards and call the API through; it holds every connection. */
  readonly client: WorkshopClient;
  /** The effective role: a co-facilitator's is `facilitator` (board-model modes/coFacilitators.ts). */
  readonly role: Role;
  /** A participant the facilitator made co-facilitator: not the facilitator's own link, so no links to hand out. */
  readonly coFacilitator: boolean;
  /** The person this device joined as (a facilitator may have joined too); null if none. */
  readonly personId: PersonId | null;
  /** The token naming that person (a facilitator's own joined token): dots are a person's. */
  readonly personToken: string | null;
  readonly doc: Y.Doc;
  readonly connection: BoardConnection;
  readonly state: WorkshopState;
  /** My group, read live from the workshop document. */
  readonly myGroup: number | null;
  /** How I appear to others on the boards; null for a screen that is not a person (viewer). */
  readonly presenceUser: PresenceUser | null;
  /** Whether to ask for a presence name (facilitators who did not join as a person). */
  readonly asksName: boolean;
  /** Decide again who this device is (after the facilitator joined as a person too). */
  readonly refreshAccess: () => void;
};

export const WorkshopContext = createContext<WorkshopContextValue | null>(null);

/** The open workshop, or null on a screen outside one (a note shown on its own). */
export function useOptionalWorkshop(): WorkshopContextValue | null {
  return useContext(WorkshopContext);
}

export function useWorkshop(): WorkshopContextValue {
  const value = useContext(WorkshopContext);
  if (!value) throw new Error('useWorkshop outside a workshop');
  return value;
}

/** The facilitator may change the workshop document; everyone else reads it. */
export function isFacilitator(workshop: Pick<WorkshopContextValue, 'role'>): boolean {
  return workshop.role === 'facilitator';
}

/** Whether I may write group `group`'s board right now (the server checks the same on every write). */
export function canEditGroup(workshop: WorkshopContextValue, group: number): boolean {
  return isFacilitator(workshop) || (workshop.role === 'participant' && workshop.myGroup === group);
}
