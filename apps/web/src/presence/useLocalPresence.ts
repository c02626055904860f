import type { Language } from '@avaa/board-model';
import { type BoardConnection, createPresenceWriter, type PresenceWriter } from '@avaa/sync-client';
import { useEffect, useRef, useState } from 'react';
import { translate } from '../i18n/index.ts';
import type { Identity } from '../state/preferences.ts';

export function displayName(identity: Identity, language: Language): string {
  return identity.name ?? translate(language, 'presence.guest', { number: identity.guestNumber });
}

/**
 * Publishes this person's name and colour in the room's awareness, or nothing at all for the
 * projector (it is a screen, not a participant).
 */
export function useLocalPresence(
  connection: BoardConnection | null,
  identity: Identity,
  language: Language,
  visible: boolean,
): PresenceWriter | null {
  const [writer, setWriter] = useState<PresenceWriter | null>(null);
  const name = displayName(identity, language);
  const colour = identity.colour;
  const latestName = useRef(name);
  latestName.current = name;

  useEffect(() => {
    if (!connection) return;
    if (!visible) {
      connection.awareness.setLocalState(null);
      return;
    }
    // Starts with the current name; later renames go through `update` below.
    const user = { name: latestName.current, colour };
    const created = createPresenceWriter(connection.awareness, { user, editing: null });
    setWriter(created);
    return () => {
      created.destroy();
      setWriter(null);
    };
  }, [connection, visible, colour]);

  useEffect(() => {
    writer?.update({ user: { name, colour } });
  }, [writer, name, colour]);

  return writer;
}
