import { CELL_IDS, type CellId, type NoteView, proposeStacks } from '@avaa/board-model';
import type { NotesByCell } from '../doc/useNotesByCell.ts';
import type { Proposal } from './StackProposal.tsx';

/** The last proposals of each cell, with the notes they were reckoned from. */
export type ProposalCache = Map<CellId, { readonly notes: readonly NoteView[]; readonly proposals: Proposal[] }>;

const NO_NOTES: readonly NoteView[] = [];

/**
 * Stack proposals of every cell, in cell order. Comparing every pair of a cell's notes is the
 * costly part, so a cell whose notes array is the one seen last time (useNotesByCell keeps
 * unchanged cells' arrays) reuses its proposals from `cache`, which this updates.
 */
export function cellProposals(notes: NotesByCell, cache: ProposalCache): Proposal[] {
  return CELL_IDS.flatMap((cell) => refreshCell(notes, cache, cell));
}

/** The first cell whose proposals in `cache` were reckoned from other notes than `notes` has. */
export function staleCell(notes: NotesByCell, cache: ProposalCache): CellId | undefined {
  return CELL_IDS.find((cell) => cache.get(cell)?.notes !== (notes.get(cell) ?? NO_NOTES));
}

/** One cell's proposals, from `cache` when its notes are the same array, else reckoned and cached. */
export function refreshCell(notes: NotesByCell, cache: ProposalCache, cell: CellId): Proposal[] {
  const list = notes.get(cell) ?? NO_NOTES;
  const cached = cache.get(cell);
  if (cached?.notes === list) return cached.proposals;
  const proposals = proposeStacks(list.map(({ id, text }) => ({ id, text }))).map((proposal) => ({
    key: [...proposal.noteIds].sort().join('+'),
    cell,
    noteIds: proposal.noteIds,
  }));
  cache.set(cell, { notes: list, proposals });
  return proposals;
}
