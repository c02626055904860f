import type * as Y from 'yjs';
import {
  type CopyDecision,
  copiedFrom,
  decideCopy,
  type RemovedCopy,
  removedCopies,
} from '../groupCopy/mergeCopies.ts';
import type { NoteId } from '../ids.ts';
import { type PathMergeCounts, type PathMergePlan, planPathMerge } from '../paths/mergePaths.ts';
import { mergedNoteId, type RecordedSource, recordedSources } from '../provenance.ts';
import { type NoteSource, type NoteView, notesByCell, notesMap, readNote, sourceKey } from '../schema.ts';
import { CELL_IDS, type CellId } from '../template.ts';
import { normalizeNoteText, validateNoteText } from '../validation.ts';

/** One breakout group's board, as the facilitator's browser holds it. */
export type GroupBoard = { readonly group: number; readonly doc: Y.Doc };

/** What a merge did, per group note. Every note counts once; the counts partition them. */
export type MergeCounts = {
  /** Group notes not merged before: now on the common table (a changed copy of the table whose original cannot take the change too). */
  readonly added: number;
  /** Merged notes whose source changed (text, colour or kind) and that now follow it; originals that take their copy's change. */
  readonly updated: number;
  /** Merged notes whose source is as it was at the last merge; copies of the table the group left as copied. */
  readonly unchanged: number;
  /** The source changed, but the plenary had changed the same note: the plenary's version stays. */
  readonly keptPlenaryEdit: number;
  /** Merged notes whose source is no longer on its group board (deleted or stacked there). */
  readonly sourceRemoved: number;
  /** Merged notes the plenary deleted: they stay deleted and untouched. */
  readonly deletedInPlenary: number;
  /** Group notes whose text breaks the text rules (concurrent edits can leave that): not merged. */
  readonly invalidSource: number;
};

/**
 * A merged note for the facilitator to look at. `source` is the group's current version for
 * 'kept-plenary-edit' (what the group changed it to), the version last merged for 'source-removed'.
 */
export type MergeReview = {
  readonly reason: 'kept-plenary-edit' | 'source-removed';
  readonly note: NoteId;
  readonly source: NoteSource;
};

export type MergeSummary = MergeCounts & {
  readonly review: readonly MergeReview[];
  /** The groups' service paths: counted apart, as they are not notes. */
  readonly paths: PathMergeCounts;
  /** Common notes whose copy a group removed from its board: left as they are, for the plenary to see. */
  readonly copiesRemoved: readonly RemovedCopy[];
};

export type FollowedFields = Partial<Pick<NoteSource, 'text' | 'colour' | 'kind'>>;
export type PlannedAdd = {
  readonly id: NoteId;
  readonly cell: CellId;
  readonly source: NoteSource;
  readonly createdAt: number;
};
export type PlannedUpdate = {
  readonly id: NoteId;
  readonly source: NoteSource;
  readonly changes: FollowedFields;
  /** Where the note moves: only a copy's original follows a move (groupCopy/mergeCopies.ts). */
  readonly cell?: CellId;
};
/** Adds in table order: cell by cell, in each cell by group number, then by the group's order. */
export type MergePlan = {
  readonly adds: readonly PlannedAdd[];
  readonly updates: readonly PlannedUpdate[];
  readonly paths: PathMergePlan;
  readonly summary: MergeSummary;
  /**
   * The common note of each group note by source key, as after this merge: the recorded sources,
   * and the copies of the table that link to their original (comments and path steps follow them).
   */
  readonly links: ReadonlyMap<string, RecordedSource>;
};

const FOLLOWED = ['text', 'colour', 'kind'] as const;

type Planning = {
  readonly common: Y.Doc;
  readonly recorded: ReadonlyMap<string, RecordedSource>;
  readonly adds: PlannedAdd[];
  readonly updates: PlannedUpdate[];
  readonly counts: { -readonly [count in keyof MergeCounts]: number };
  readonly review: MergeReview[];
  /** Originals a copy follows in this merge: one group's change each. */
  readonly claimed: Set<NoteId>;
  readonly copiesRemoved: RemovedCopy[];
  /** Copies that stay linked to their original (unchanged, or followed by it now). */
  readonly copyLinks: Map<string, RecordedSource>;
};

/** What merging `groups` into `common` would write. Reads only; validation is the caller's. */
export function planMerge(common: Y.Doc, groups: readonly GroupBoard[]): MergePlan {
  const planning: Planning = {
    common,
    recorded: recordedSources(common),
    adds: [],
    updates: [],
    counts: {
      added: 0,
      updated: 0,
      unchanged: 0,
      keptPlenaryEdit: 0,
      sourceRemoved: 0,
      deletedInPlenary: 0,
      invalidSource: 0,
    },
    review: [],
    claimed: new Set(),
    copiesRemoved: [],
    copyLinks: new Map(),
  };
  for (const board of [...groups].sort((a, b) => a.group - b.group)) planGroup(planning, board);
  const cellOrder = (cell: CellId) => CELL_IDS.indexOf(cell);
  // A stable sort: inside a cell the adds keep group order, then the group's own order.
  const adds = [...planning.adds].sort((a, b) => cellOrder(a.cell) - cellOrder(b.cell));
  const links = new Map([...planning.recorded, ...planning.copyLinks]);
  const paths = planPathMerge(common, groups, links);
  return {
    adds,
    updates: planning.updates,
    paths,
    links,
    summary: {
      ...planning.counts,
      review: planning.review,
      paths: paths.counts,
      copiesRemoved: planning.copiesRemoved,
    },
  };
}

function planGroup(planning: Planning, { group, doc }: GroupBoard): void {
  const present = new Set<string>();
  for (const [cell, notes] of notesByCell(doc)) {
    for (const note of notes) {
      present.add(sourceKey(group, note.id));
      planNote(planning, { group, doc }, cell, note);
    }
  }
  planning.copiesRemoved.push(...removedCopies(group, doc, new Set(planning.recorded.keys())));
  for (const [key, { note, source }] of planning.recorded) {
    if (source.group !== group || present.has(key)) continue;
    if (readNote(planning.common, note)?.deleted) planning.counts.deletedInPlenary++;
    else {
      planning.counts.sourceRemoved++;
      planning.review.push({ reason: 'source-removed', note, source });
    }
  }
}

function planNote(planning: Planning, { group, doc }: GroupBoard, cell: CellId, note: NoteView): void {
  const { common, recorded, counts } = planning;
  const source: NoteSource = {
    group,
    note: note.id,
    text: normalizeNoteText(note.text),
    colour: note.colour,
    kind: note.kind,
  };
  const valid = validateNoteText(source.text).ok;
  const known = recorded.get(sourceKey(group, note.id));
  const copy = known ? undefined : copiedFrom(doc, group, note.id);
  if (copy && valid) {
    const decision = decideCopy(common, copy, { ...source, cell }, planning.claimed);
    if (decision.kind !== 'add') {
      planCopy(planning, decision, source);
      planning.copyLinks.set(sourceKey(group, note.id), { note: copy.note, source });
      return;
    }
  }
  if (!known) {
    const id = mergedNoteId(group, note.id);
    // The derived id is taken but records no source (a foreign client, or a note still arriving):
    // writing it would replace that note, so leave it for a later merge.
    if (notesMap(common).has(id)) counts.unchanged++;
    else if (!valid) counts.invalidSource++;
    else {
      planning.adds.push({ id, cell, source, createdAt: note.createdAt });
      counts.added++;
    }
    return;
  }
  const target = readNote(common, known.note);
  if (target?.deleted) counts.deletedInPlenary++;
  else if (!valid) counts.invalidSource++;
  else if (!target) counts.unchanged++;
  else planFollow(planning, target, known.source, source);
}

/** A copy the group left as it was does not come back; its original follows a changed one. */
function planCopy(planning: Planning, decision: Exclude<CopyDecision, { kind: 'add' }>, source: NoteSource): void {
  if (decision.kind === 'unchanged') {
    planning.counts.unchanged++;
    return;
  }
  const { cell, ...changes } = decision.changes;
  planning.updates.push({ id: decision.original, source, changes, ...(cell === undefined ? {} : { cell }) });
  planning.counts.updated++;
}

/**
 * A field follows its source only while the plenary has left it as last merged; where the plenary
 * changed a field the source also changed, nothing of the note is written and the record stays,
 * so the next merge reports it again until someone settles it.
 */
function planFollow(planning: Planning, target: NoteView, last: NoteSource, source: NoteSource): void {
  const changed = FOLLOWED.filter((field) => source[field] !== last[field]);
  if (changed.length === 0) {
    planning.counts.unchanged++;
    return;
  }
  if (changed.some((field) => target[field] !== last[field] && target[field] !== source[field])) {
    planning.counts.keptPlenaryEdit++;
    planning.review.push({ reason: 'kept-plenary-edit', note: target.id, source });
    return;
  }
  const changes: FollowedFields = {};
  for (const field of changed) if (target[field] !== source[field]) Object.assign(changes, { [field]: source[field] });
  planning.updates.push({ id: target.id, source, changes });
  planning.counts.updated++;
}
