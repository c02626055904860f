import { addPerson, type Language, type NewPerson, type PersonId, seedWorkshop } from '@avaa/board-model';
import { isWorkshopId, type Role, type WorkshopId } from '@avaa/protocol';
import { createWorkshopClient } from '@avaa/workshop-client';
import { render } from '@testing-library/react';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import * as Y from 'yjs';
import { WorkshopContext, type WorkshopContextValue } from '../workshop/WorkshopContext.ts';
import { useWorkshopState } from '../workshop/workshopState.ts';
import { NODE_WEBSOCKET } from './nodeWebSocket.ts';

/** A workshop id of the right shape; no server knows it. */
export const FIXTURE_WORKSHOP_ID: WorkshopId = workshopId('k3m9x2p7qa');

function workshopId(id: string): WorkshopId {
  if (!isWorkshopId(id)) throw new Error(`not a workshop id: ${id}`);
  return id;
}

/**
 * A workshop document as the server seeds it, with people joined through the domain's own
 * operation (examples are about services, never real people), joined in the order given. Returns their ids.
 */
export function workshopDoc(seed: { title?: string; language?: Language; people?: readonly NewPerson[] } = {}): {
  doc: Y.Doc;
  ids: PersonId[];
} {
  const doc = new Y.Doc();
  seedWorkshop(doc, { title: seed.title ?? 'Ohjaamon kehittämispäivä', language: seed.language ?? 'fi', createdAt: 0 });
  const ids = (seed.people ?? []).map((person, index) => {
    // One millisecond apart, so the joining order is the order given (the same millisecond
    // would order them by their random ids).
    const added = addPerson(doc, person, { now: () => 1_000 + index });
    if (!added.ok) throw new Error(`fixture person refused: ${added.error}`);
    return added.value;
  });
  return { doc, ids };
}

/**
 * Every connection-related field of WorkshopContextValue, in one place: a real client of a
 * server address where nothing listens, so the page sees a workshop that is offline and nothing
 * a test writes leaves the document. (The pages read `doc`; the client's own workshop room
 * only lends its connection's status and presence.)
 */
function useOfflineConnection(workshopId: WorkshopId): Pick<WorkshopContextValue, 'client' | 'connection'> {
  const [client] = useState(() =>
    createWorkshopClient({
      workshopId,
      token: 'offline',
      syncUrl: 'ws://127.0.0.1:9/sync',
      apiBase: 'http://127.0.0.1:9',
      offlineCopies: false,
      followBrowserOnline: false,
      WebSocketPolyfill: NODE_WEBSOCKET,
    }),
  );
  const [room] = useState(() => client.openWorkshop());
  useEffect(() => () => client.close(), [client]);
  return useMemo(() => ({ client, connection: room.connection }), [client, room]);
}

export type FixtureAccess = {
  readonly role?: Role;
  /** The person this device joined as, if any. */
  readonly personId?: PersonId | null;
  /** The token naming that person (what a person's own answers and dots are sent with). */
  readonly personToken?: string | null;
};

/** The context OpenWorkshop gives a workshop's pages, its state read live from `doc`. */
export function TestWorkshop({
  doc,
  access = {},
  children,
}: {
  doc: Y.Doc;
  access?: FixtureAccess;
  children: ReactNode;
}) {
  const role = access.role ?? 'facilitator';
  const personId = access.personId ?? null;
  const personToken = access.personToken ?? null;
  const state = useWorkshopState(doc);
  const connectionFields = useOfflineConnection(FIXTURE_WORKSHOP_ID);
  const myGroup = state.people.find((person) => person.id === personId)?.group ?? null;
  const value = useMemo<WorkshopContextValue>(
    () => ({
      workshopId: FIXTURE_WORKSHOP_ID,
      token: 'offline',
      role,
      coFacilitator: false,
      personId,
      personToken,
      doc,
      ...connectionFields,
      state,
      myGroup,
      presenceUser: role === 'viewer' ? null : { name: 'Ohjaaja', colour: 'blue' },
      asksName: role === 'facilitator' && personId === null,
      refreshAccess: () => {},
    }),
    [role, personId, personToken, doc, connectionFields, state, myGroup],
  );
  return <WorkshopContext.Provider value={value}>{children}</WorkshopContext.Provider>;
}

/** Renders `ui` inside a workshop whose document is `doc` (the facilitator's view unless told). */
export function renderInWorkshop(ui: ReactNode, doc: Y.Doc, access?: FixtureAccess) {
  return render(
    <TestWorkshop doc={doc} {...(access ? { access } : {})}>
      {ui}
    </TestWorkshop>,
  );
}
