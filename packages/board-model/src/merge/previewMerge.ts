import type * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { groupBoardsProblem } from '../operations/mergeGroupBoards.ts';
import { fail, ok, type Result } from '../result.ts';
import { type NoteSource, notesInCell, readNote } from '../schema.ts';
import { CELL_IDS, type CellId } from '../template.ts';
import { type GroupBoard, type MergePlan, type MergeSummary, planMerge } from './mergePlan.ts';
import { proposeStacks } from './similarity.ts';

/** What a merge would bring into one cell from one group. */
export type MergePreviewCell = {
  readonly group: number;
  readonly cell: CellId;
  /** The group's notes the merge would add here, in the order it would add them. */
  readonly added: readonly NoteSource[];
  /** Notes merged before that would follow their group's change. */
  readonly updated: number;
};

/** Notes of one cell that would say the same thing after the merge: the stacks offered then. */
export type MergePreviewStack = { readonly cell: CellId; readonly texts: readonly string[] };

export type MergePreview = {
  /** What `mergeGroupBoards` would report, were it run on the same boards now. */
  readonly summary: MergeSummary;
  /** Cells with something to add or follow, in table order, groups by number within a cell. */
  readonly cells: readonly MergePreviewCell[];
  /** Proposed stacks with at least one note the merge would add. */
  readonly stacks: readonly MergePreviewStack[];
};

/**
 * What merging `groups` into `common` would do, for the facilitator to confirm first. Reads only;
 * the plan is the merge's own (`planMerge`), so the preview is what `mergeGroupBoards` then
 * does on the same boards. Refuses what the merge refuses.
 */
export function previewMerge(common: Y.Doc, groups: readonly GroupBoard[]): Result<MergePreview> {
  const refused = groupBoardsProblem(common, groups);
  if (refused) return fail(refused);
  const plan = planMerge(common, groups);
  return ok({ summary: plan.summary, cells: previewCells(common, plan), stacks: previewStacks(common, plan) });
}

function previewCells(common: Y.Doc, plan: MergePlan): MergePreviewCell[] {
  const byKey = new Map<string, { group: number; cell: CellId; added: NoteSource[]; updated: number }>();
  const entry = (group: number, cell: CellId) => {
    const key = `${cell}/${group}`;
    const found = byKey.get(key) ?? { group, cell, added: [], updated: 0 };
    byKey.set(key, found);
    return found;
  };
  for (const add of plan.adds) entry(add.source.group, add.cell).added.push(add.source);
  for (const update of plan.updates) {
    const cell = readNote(common, update.id)?.cell;
    if (cell) entry(update.source.group, cell).updated++;
  }
  const order = (cell: CellId) => CELL_IDS.indexOf(cell);
  return [...byKey.values()].sort((a, b) => order(a.cell) - order(b.cell) || a.group - b.group);
}

/** Each cell the merge adds to, as it would read afterwards (followed texts included). */
function previewStacks(common: Y.Doc, plan: MergePlan): MergePreviewStack[] {
  const followed = new Map(plan.updates.flatMap(({ id, changes }) => (changes.text ? [[id, changes.text]] : [])));
  const cells = CELL_IDS.filter((cell) => plan.adds.some((add) => add.cell === cell));
  return cells.flatMap((cell) => {
    const notes: { id: NoteId; text: string }[] = notesInCell(common, cell).map(({ id, text }) => ({
      id,
      text: followed.get(id) ?? text,
    }));
    const added = new Set<NoteId>();
    for (const add of plan.adds) {
      if (add.cell !== cell) continue;
      notes.push({ id: add.id, text: add.source.text });
      added.add(add.id);
    }
    const text = new Map(notes.map((note) => [note.id, note.text]));
    return proposeStacks(notes)
      .filter((stack) => stack.noteIds.some((id) => added.has(id)))
      .map((stack) => ({ cell, texts: stack.noteIds.map((id) => text.get(id) ?? '') }));
  });
}
