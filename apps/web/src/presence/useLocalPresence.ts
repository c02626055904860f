import type { Language, PersonId } from '@avaa/board-model';
import {
  type BoardConnection,
  createPresenceWriter,
  type PresenceUser,
  type PresenceWriter,
} from '@avaa/workshop-client';
import { useEffect, useRef, useState } from 'react';
import { translate } from '../i18n/index.ts';
import type { Identity } from '../state/preferences.ts';

export function displayName(identity: Identity, language: Language): string {
  return identity.name ?? translate(language, 'presence.guest', { number: identity.guestNumber });
}

/**
 * Publishes this person's name and colour (and, in the workshop room, which person they are) in
 * a room's awareness, or nothing at all for the projector (`user` null: a screen, not a person).
 */
export function useLocalPresence(
  connection: BoardConnection | null,
  user: PresenceUser | null,
  person: PersonId | null = null,
): PresenceWriter | null {
  const [writer, setWriter] = useState<PresenceWriter | null>(null);
  const visible = user !== null;
  const latest = useRef({ user, person });
  latest.current = { user, person };

  useEffect(() => {
    if (!connection) return;
    if (!visible) {
      connection.awareness.setLocalState(null);
      return;
    }
    // Starts with the current name; later changes go through `update` below.
    const { user: initialUser, person: initialPerson } = latest.current;
    if (!initialUser) return;
    const created = createPresenceWriter(connection.awareness, {
      user: initialUser,
      editing: null,
      person: initialPerson,
    });
    setWriter(created);
    return () => {
      created.destroy();
      setWriter(null);
    };
  }, [connection, visible]);

  const name = user?.name;
  const colour = user?.colour;
  useEffect(() => {
    if (name !== undefined && colour !== undefined) writer?.update({ user: { name, colour }, person });
  }, [writer, name, colour, person]);

  return writer;
}
