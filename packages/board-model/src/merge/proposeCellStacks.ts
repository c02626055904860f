import type * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { notesInCell } from '../schema.ts';
import type { CellId } from '../template.ts';
import { DEFAULT_STACK_THRESHOLD, type ProposedStack, proposeStacks } from './similarity.ts';

/**
 * Proposed stacks among a cell's visible notes, in cell order. Members of existing stacks are
 * left out; heads take part (with the head's text), so a proposal can grow a stack. Apply one
 * with `stackNotes(doc, noteIds[0], noteIds.slice(1))`, or let the facilitator pick the head.
 */
export function proposeCellStacks(
  doc: Y.Doc,
  cell: CellId,
  threshold: number = DEFAULT_STACK_THRESHOLD,
): ProposedStack<NoteId>[] {
  const notes = notesInCell(doc, cell).map(({ id, text }) => ({ id, text }));
  return proposeStacks(notes, threshold);
}
