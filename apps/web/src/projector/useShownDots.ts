import type { NoteId } from '@avaa/board-model';
import { useMemo } from 'react';
import type * as Y from 'yjs';
import { useDocSnapshot } from '../doc/useDocSnapshot.ts';
import { type ResultRow, readVoteState, resultRows } from '../voting/voteView.ts';

/** A closed vote's dots and rank per note, for the room to see; nothing while a vote is open. */
function readShownDots(doc: Y.Doc): readonly ResultRow[] | null {
  const results = readVoteState(doc).results;
  return results ? resultRows(results.perNote, () => undefined) : null;
}

export function useShownDots(doc: Y.Doc): ReadonlyMap<NoteId, ResultRow> | null {
  const shown = useDocSnapshot(doc, readShownDots);
  return useMemo(() => (shown ? new Map(shown.map((row) => [row.note, row])) : null), [shown]);
}
