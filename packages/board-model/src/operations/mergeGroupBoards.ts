import * as Y from 'yjs';
import { mergeComments } from '../comments/mergeComments.ts';
import { isGroupNumber } from '../groupNumber.ts';
import { cryptoRandom, type RandomSource } from '../ids.ts';
import {
  type GroupBoard,
  type MergeSummary,
  type PlannedAdd,
  type PlannedUpdate,
  planMerge,
} from '../merge/mergePlan.ts';
import { ORIGINS } from '../origins.ts';
import { writePathMerge } from '../paths/mergePaths.ts';
import { fail, type OperationError, ok, type Result } from '../result.ts';
import { notesMap, sourceKey } from '../schema.ts';
import type { OperationOptions } from './createNote.ts';
import { cellEnds, keyForPosition } from './position.ts';

/**
 * Brings every group's visible notes onto the common table: new notes are appended cell by cell
 * (each group's in its cell, groups by number), each recording its source in `sources`; notes
 * merged before follow their source's changes unless the plenary has changed them too. The
 * groups' service paths come too, their steps linked to the merged notes (`planPathMerge`).
 *
 * Idempotent: a note is merged at most once (found by its recorded source, whatever its state,
 * so what the plenary deleted or stacked stays so), and a merge with nothing new writes nothing.
 * Safe when two facilitators merge at once: a merged note's id is derived from its source
 * (`mergedNoteId`), and what a merge writes are whole values (a note, a text, a record), so the
 * two merges resolve to one note each, never to two. All in one transaction with ORIGINS.mergeGroupBoards.
 */
export function mergeGroupBoards(
  common: Y.Doc,
  groups: readonly GroupBoard[],
  options: OperationOptions = {},
): Result<MergeSummary> {
  const refused = groupBoardsProblem(common, groups);
  if (refused) return fail(refused);
  const plan = planMerge(common, groups);
  const notesChange =
    plan.adds.length > 0 || plan.updates.length > 0 || plan.paths.adds.length > 0 || plan.paths.steps.length > 0;
  common.transact(() => {
    if (notesChange) {
      const random = options.random ?? cryptoRandom;
      appendNotes(common, plan.adds, random);
      followSources(common, plan.updates, random);
      writePathMerge(common, plan.paths);
    }
    // The comments come with their notes, in the same transaction (one Undo); nothing new writes nothing.
    mergeComments(common, groups, plan.links);
  }, ORIGINS.mergeGroupBoards);
  return ok(plan.summary);
}

/** Why a merge of these boards is refused, if it is. */
export function groupBoardsProblem(common: Y.Doc, groups: readonly GroupBoard[]): OperationError | undefined {
  const numbers = new Set<number>();
  // The common board given as a group board, or one board twice, would copy every note again.
  const docs = new Set<Y.Doc>([common]);
  for (const { group, doc } of groups) {
    if (!isGroupNumber(group)) return 'group-out-of-range';
    if (numbers.has(group) || docs.has(doc)) return 'duplicate-group';
    numbers.add(group);
    docs.add(doc);
  }
  return undefined;
}

/**
 * Appends after each cell's last visible note. Keys come straight from `keyBetween`, as
 * `keyForPosition(..., 'end')` would give them (appending never needs a re-key), without reading
 * the whole board again for every note.
 */
function appendNotes(doc: Y.Doc, adds: readonly PlannedAdd[], random: RandomSource): void {
  const endOf = cellEnds(doc, random);
  for (const add of adds) {
    notesMap(doc).set(add.id, mergedNote(add, endOf(add.cell)));
  }
}

function mergedNote({ cell, source, createdAt }: PlannedAdd, key: string): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set('text', new Y.Text(source.text));
  entry.set('placement', { cell, key });
  entry.set('colour', source.colour);
  entry.set('kind', source.kind);
  // The source's creation time, not the merge's: both facilitators of a concurrent merge write the same.
  entry.set('createdAt', createdAt);
  entry.set('deleted', false);
  const sources = new Y.Map<unknown>();
  sources.set(sourceKey(source.group, source.note), { ...source });
  entry.set('sources', sources);
  return entry;
}

/** The original of a group's copy is followed before it records any source: this is its first. */
function newSources(note: Y.Map<unknown>): Y.Map<unknown> {
  const sources = new Y.Map<unknown>();
  note.set('sources', sources);
  return sources;
}

/**
 * A followed text is replaced by a new Y.Text rather than diffed into the old one: two
 * facilitators applying the same change at once would otherwise both insert it, doubling the
 * words. The cost is that keystrokes typed into that very note at that very moment are lost,
 * and the rule only touches notes that nobody in the plenary has edited.
 */
function followSources(doc: Y.Doc, updates: readonly PlannedUpdate[], random: RandomSource): void {
  for (const { id, source, changes, cell } of updates) {
    const note = notesMap(doc).get(id);
    if (!(note instanceof Y.Map)) continue;
    const sources = note.get('sources') ?? newSources(note);
    if (!(sources instanceof Y.Map)) continue;
    if (changes.text !== undefined) note.set('text', new Y.Text(changes.text));
    if (changes.colour !== undefined) note.set('colour', changes.colour);
    if (changes.kind !== undefined) note.set('kind', changes.kind);
    if (cell !== undefined) note.set('placement', { cell, key: keyForPosition(doc, cell, 'end', id, random) });
    sources.set(sourceKey(source.group, source.note), { ...source });
  }
}
