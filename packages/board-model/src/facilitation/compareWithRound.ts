import type * as Y from 'yjs';
import { isVisibleNote, type NoteView, readAllNotes } from '../schema.ts';
import type { CellId } from '../template.ts';
import type { Round, RoundNote } from './round.ts';

export type MovedNote = { readonly note: NoteView; readonly from: CellId };
export type EditedNote = { readonly note: NoteView; readonly before: string };

/**
 * What changed on the table since a round. `moved` means another cell (order inside a cell is
 * arrangement, not content); a note both moved and edited is in both lists. A note deleted or
 * stacked since is `removed`: it is no longer shown on the table. Each list is sorted by id.
 */
export type RoundComparison = {
  readonly added: readonly NoteView[];
  readonly removed: readonly RoundNote[];
  readonly moved: readonly MovedNote[];
  readonly edited: readonly EditedNote[];
};

export function compareWithRound(currentBoardDoc: Y.Doc, round: Round): RoundComparison {
  const current = readAllNotes(currentBoardDoc)
    .filter(isVisibleNote)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const before = new Map(round.notes.map((note) => [note.id as string, note]));
  const now = new Set(current.map((note) => note.id as string));
  const moved: MovedNote[] = [];
  const edited: EditedNote[] = [];
  for (const note of current) {
    const old = before.get(note.id);
    if (old && old.cell !== note.cell) moved.push({ note, from: old.cell });
    if (old && old.text !== note.text) edited.push({ note, before: old.text });
  }
  return {
    added: current.filter((note) => !before.has(note.id)),
    removed: round.notes.filter((note) => !now.has(note.id)).sort((a, b) => (a.id < b.id ? -1 : 1)),
    moved,
    edited,
  };
}
