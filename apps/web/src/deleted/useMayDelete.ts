import { mayDeleteNote, type NoteView, readCommonTableAnyoneDeletes } from '@avaa/board-model';
import { useContext } from 'react';
import * as Y from 'yjs';
import { useBoard } from '../board/BoardContext.ts';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { WorkshopContext } from '../workshop/WorkshopContext.ts';

const NO_WORKSHOP = new Y.Doc();

/** Whether I may delete `note` here: the rule the server checks (board-model's `mayDeleteNote`). */
export function useMayDelete(note: Pick<NoteView, 'createdBy'>): boolean {
  const { board } = useBoard();
  const workshop = useContext(WorkshopContext);
  const anyoneDeletes = useDocSnapshot(workshop?.doc ?? NO_WORKSHOP, readCommonTableAnyoneDeletes);
  if (!workshop) return true;
  const deleter =
    workshop.role === 'facilitator'
      ? ({ role: 'facilitator' } as const)
      : ({ role: 'participant', person: workshop.personId ?? undefined, anyoneDeletes } as const);
  return mayDeleteNote(note, board.kind, deleter);
}
