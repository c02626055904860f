import {
  type NoteView,
  type PrivateWriting,
  privateCountsMap,
  readPrivateWriting,
  unrevealedNotes,
} from '@avaa/board-model';
import type { BoardRef } from '@avaa/protocol';
import type * as Y from 'yjs';

/** The workshop document's private writing, as plain data (read through `useDocSnapshot`). */
export type PrivateState = {
  readonly plenary: PrivateWriting | null;
  readonly groups: PrivateWriting | null;
  /** `<board>/<person>` -> unrevealed notes (board-model `privateWriting/counts.ts`). */
  readonly counts: Readonly<Record<string, unknown>>;
};

export function readPrivateState(doc: Y.Doc): PrivateState {
  return {
    plenary: readPrivateWriting(doc, { kind: 'plenary' }) ?? null,
    groups: readPrivateWriting(doc, { kind: 'group', group: 1 }) ?? null,
    counts: privateCountsMap(doc).toJSON(),
  };
}

export function settingFor(state: PrivateState, board: BoardRef): PrivateWriting | null {
  return board.kind === 'plenary' ? state.plenary : state.groups;
}

/** A private document's unrevealed notes by cell, as plain data. */
export function readUnrevealedByCell(doc: Y.Doc): Readonly<Record<string, readonly NoteView[]>> {
  const byCell: Record<string, NoteView[]> = {};
  for (const note of unrevealedNotes(doc)) byCell[note.cell] = [...(byCell[note.cell] ?? []), note];
  return byCell;
}
