import { readWorkshopMeta } from '@avaa/board-model';
import type { WorkshopId } from '@avaa/protocol';
import type { RoomSession, WorkshopClient } from '@avaa/workshop-client';
import { useEffect, useMemo } from 'react';
import { rememberWorkshop } from '../access/deviceWorkshops.ts';
import type { WorkshopAccess } from '../access/workshopAccess.ts';
import { isLanguageLoaded, loadLanguage, useLanguage } from '../i18n/index.ts';
import { useCoFacilitator } from '../modes/useCoFacilitator.ts';
import { displayName, useLocalPresence } from '../presence/useLocalPresence.ts';
import { usePreferences } from '../state/preferences.ts';
import type { WorkshopContextValue } from './WorkshopContext.ts';
import { personIn, useWorkshopState } from './workshopState.ts';

type Ready = Extract<WorkshopAccess, { kind: 'ready' }>;
type Inputs = {
  workshopId: WorkshopId;
  access: Ready;
  client: WorkshopClient;
  session: RoomSession;
  onLeft: () => void;
};

/** What the workshop's pages share (WorkshopContext), with this person's presence published. */
export function useWorkshopValue({ workshopId, access, client, session, onLeft }: Inputs): WorkshopContextValue {
  const language = useLanguage();
  const identity = usePreferences((state) => state.identity);
  const state = useWorkshopState(session.doc);
  // A co-facilitator's personal token has the facilitator's rights while the record says so.
  const coFacilitator = useCoFacilitator(session.doc, access.role === 'participant' ? access.personId : null);
  const role = coFacilitator ? 'facilitator' : access.role;
  const me = personIn(state, access.personId);
  const name = me?.name ?? access.membership?.person.name ?? displayName(identity, language);
  const presenceUser = useMemo(
    () => (access.role === 'viewer' ? null : { name, colour: identity.colour }),
    [access.role, name, identity.colour],
  );
  useLocalPresence(session.connection, presenceUser, access.personId);
  return useMemo<WorkshopContextValue>(
    () => ({
      workshopId,
      token: access.token,
      client,
      role,
      coFacilitator,
      personId: access.personId,
      personToken: access.membership?.token ?? (access.role === 'participant' && access.personId ? access.token : null),
      doc: session.doc,
      connection: session.connection,
      state,
      myGroup: me?.group ?? null,
      presenceUser,
      asksName: access.role === 'facilitator' && access.personId === null,
      refreshAccess: onLeft,
    }),
    [workshopId, access, role, coFacilitator, client, session, state, me?.group, presenceUser, onLeft],
  );
}

/**
 * The device remembers the workshop (the start page lists its workshops by title and when they
 * were last opened here), and the UI speaks the workshop's language unless the person chose one.
 */
export function useWorkshopOnDevice(value: WorkshopContextValue): void {
  const setWorkshopLanguage = usePreferences((state) => state.setWorkshopLanguage);
  const { workshopId, role } = value;
  const title = value.state.meta?.title;
  useEffect(() => {
    if (title !== undefined && role !== 'viewer') rememberWorkshop(workshopId, title);
  }, [workshopId, title, role]);
  const workshopLanguage = value.state.meta?.language ?? null;
  useEffect(() => {
    if (workshopLanguage) setWorkshopLanguage(workshopLanguage);
  }, [workshopLanguage, setWorkshopLanguage]);
  useEffect(() => () => setWorkshopLanguage(null), [setWorkshopLanguage]);
}

/**
 * Before the workshop's pages first render: the workshop's language (known from the device's
 * copy on a later visit), with its dictionary, so a Swedish workshop's board is never drawn in
 * Finnish first. A workshop not on the device yet learns its language from the server, later.
 */
export function speakWorkshopLanguage(session: RoomSession): Promise<void> | undefined {
  const language = readWorkshopMeta(session.doc)?.language;
  if (!language) return undefined;
  const speak = () => usePreferences.getState().setWorkshopLanguage(language);
  // The person's own choice is what the UI shows: nothing to wait for.
  if (isLanguageLoaded(language) || usePreferences.getState().chosenLanguage !== null) {
    speak();
    return undefined;
  }
  return loadLanguage(language).then(speak, () => {});
}
