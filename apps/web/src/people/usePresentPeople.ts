import type { PersonId } from '@avaa/board-model';
import { useMemo } from 'react';
import { usePeers } from '../presence/usePeers.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';

/** Who has the workshop open right now, by person: from the workshop room's awareness. */
export function usePresentPeople(): ReadonlySet<PersonId> {
  const { connection, personId } = useWorkshop();
  const peers = usePeers(connection.awareness);
  return useMemo(() => {
    const present = new Set<PersonId>();
    for (const peer of peers) if (peer.person) present.add(peer.person);
    if (personId) present.add(personId);
    return present;
  }, [peers, personId]);
}
