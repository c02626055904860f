import type { PersonDots } from '@avaa/board-model';
import { useEffect, useMemo, useState } from 'react';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import { fetchVotePeople } from './dotsApi.ts';

/** Loading, the answer, or not available now (the server was not reached). */
export type VotePeople = readonly PersonDots[] | 'loading' | 'unavailable';

/**
 * A named vote's dots by person, which only the facilitator may read and which are in no
 * document: asked of the server, again whenever `published` (the vote's count) moves.
 */
export function useVotePeople(vote: string, named: boolean, published: number): VotePeople | null {
  const { workshopId, token, role } = useWorkshop();
  const [people, setPeople] = useState<VotePeople>('loading');
  const asks = named && role === 'facilitator';
  // A new request whenever `published` (the vote's count) moves, for the same vote.
  const request = useMemo(() => ({ workshopId, vote, token, published }), [workshopId, vote, token, published]);
  useEffect(() => {
    if (!asks) return;
    let current = true;
    void fetchVotePeople(request.workshopId, request.vote, request.token).then((answer) => {
      if (current) setPeople(answer.ok ? answer.value.people : 'unavailable');
    });
    return () => {
      current = false;
    };
  }, [asks, request]);
  return asks ? people : null;
}
