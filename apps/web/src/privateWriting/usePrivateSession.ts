import { readPrivateCounts } from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import type { BoardSession } from '@avaa/workshop-client';
import { useEffect, useMemo, useState } from 'react';
import type { BoardContextValue } from '../board/BoardContext.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { useWorkshop } from '../workshop/WorkshopContext.ts';
import type { PrivateBoardValue } from './PrivateBoardContext.ts';
import { readPrivateState, settingFor } from './privateState.ts';

/**
 * Opens this person's private room of the board while private writing is on there, or while
 * they still have unrevealed notes in it (private writing turned off before the reveal), with
 * the offline copy every board has. Only a participant's own token opens it (the server refuses
 * every other with 4403).
 */
export function usePrivateSession(board: BoardRef, canEdit: boolean): PrivateBoardValue | null {
  const workshop = useWorkshop();
  const state = useDocSnapshot(workshop.doc, readPrivateState);
  const person = workshop.role === 'participant' ? workshop.personId : null;
  const writing = canEdit && settingFor(state, board) !== null;
  const own = person !== null && readPrivateCounts(workshop.doc, board).some((count) => count.person === person);
  const wanted = person !== null && (writing || own);
  const group = board.kind === 'group' ? board.group : null;
  const [session, setSession] = useState<BoardSession | null>(null);
  useEffect(() => {
    if (!wanted || person === null) return;
    const opened = workshop.client.openPrivateBoard(
      group === null ? { kind: 'plenary' } : { kind: 'group', group },
      person,
    );
    setSession(opened);
    return () => {
      setSession(null);
      opened.close();
    };
  }, [wanted, person, group, workshop.client]);
  return useMemo(() => {
    if (!session) return null;
    const context: BoardContextValue = {
      doc: session.doc,
      board,
      canEdit,
      // Every note of a private document is the writer's own: "own notes only" limits nothing here.
      mode: 'open',
      canAgree: false,
      // Nobody else is told which private note I edit.
      presence: null,
      undo: session.undo,
    };
    return { board: context, writing };
  }, [session, board, canEdit, writing]);
}
