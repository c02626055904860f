import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import type { NoteId } from '../ids.ts';
import { readNote } from '../schema.ts';
import { type CellId, PHASE_IDS, type PhaseId } from '../template.ts';
import {
  isPathColour,
  isPathId,
  PATH_COLOURS,
  type PathColour,
  type PathId,
  type PathSource,
  pathsMap,
  type StepId,
  type StepRisk,
  storedNoteId,
  storedRisk,
} from './pathSchema.ts';
import { readPathSource } from './pathSource.ts';
import { liveSteps } from './stepPosition.ts';

/** The note a step uses, as the board shows it now. */
export type StepNote = {
  readonly id: NoteId;
  readonly text: string;
  readonly cell: CellId;
  /** The note drawn for it: the note itself, or the head of the stack it is hidden in. */
  readonly shownAs: NoteId;
};

export type StepView = {
  readonly id: StepId;
  readonly phase: PhaseId;
  readonly key: string;
  /** The linked note's id as stored (null for a free step), kept when the note is gone. */
  readonly noteId: NoteId | null;
  /** The linked note when it is on the board and not deleted; else null. */
  readonly note: StepNote | null;
  /**
   * No service at this step: a free step, or one whose note was deleted or never reached this
   * board. The step stays in the path, never a broken link.
   */
  readonly missingService: boolean;
  readonly text: string;
  readonly risk: StepRisk | null;
};

export type PathView = {
  readonly id: PathId;
  readonly name: string;
  readonly description: string;
  readonly colour: PathColour;
  readonly createdAt: number;
  readonly createdBy?: PersonId;
  /** The group's path this one was merged from; null for a path drawn here. */
  readonly source: PathSource | null;
  /** Steps in path order. */
  readonly steps: readonly StepView[];
  /** Phases with no step: the one-time visitor's path ends early, on purpose. */
  readonly skippedPhases: readonly PhaseId[];
  /** Phases with steps, none of them a service on the table. */
  readonly phasesWithoutService: readonly PhaseId[];
};

/** The live paths of a board, oldest first (ties by id), each with its steps in order. */
export function readPaths(doc: Y.Doc): PathView[] {
  const views: PathView[] = [];
  pathsMap(doc).forEach((entry, id) => {
    const view = toView(doc, id, entry);
    if (view) views.push(view);
  });
  return views.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** One live path, or undefined for an unknown, malformed or deleted one. */
export function readPath(doc: Y.Doc, id: PathId): PathView | undefined {
  return toView(doc, id, pathsMap(doc).get(id));
}

function toView(doc: Y.Doc, id: string, entry: unknown): PathView | undefined {
  if (!isPathId(id) || !(entry instanceof Y.Map) || entry.get('deleted') === true) return undefined;
  if (!(entry.get('steps') instanceof Y.Map)) return undefined;
  const colour = entry.get('colour');
  const createdBy = entry.get('createdBy');
  const steps = liveSteps(entry).map(({ id: stepId, entry: step, placement }) =>
    stepView(doc, stepId, step, placement.phase, placement.key),
  );
  return {
    id,
    name: String(entry.get('name') ?? ''),
    description: String(entry.get('description') ?? ''),
    colour: isPathColour(colour) ? colour : PATH_COLOURS[0],
    createdAt: Number(entry.get('createdAt') ?? 0),
    ...(typeof createdBy === 'string' && createdBy !== '' ? { createdBy: createdBy as PersonId } : {}),
    source: readPathSource(entry),
    steps,
    skippedPhases: PHASE_IDS.filter((phase) => !steps.some((step) => step.phase === phase)),
    phasesWithoutService: PHASE_IDS.filter(
      (phase) => steps.some((step) => step.phase === phase) && !steps.some((s) => s.phase === phase && s.note),
    ),
  };
}

function stepView(doc: Y.Doc, id: StepId, step: Y.Map<unknown>, phase: PhaseId, key: string): StepView {
  const noteId = storedNoteId(step);
  const found = noteId === null ? undefined : readNote(doc, noteId);
  const note: StepNote | null =
    found && !found.deleted
      ? { id: found.id, text: found.text, cell: found.cell, shownAs: found.stackedInto ?? found.id }
      : null;
  return {
    id,
    phase,
    key,
    noteId,
    note,
    missingService: note === null,
    text: String(step.get('text') ?? ''),
    risk: storedRisk(step),
  };
}

/**
 * The notes the live paths use (as shown: a stack counts as its head), each with the paths using
 * it, oldest path first: a note many paths depend on is one the Ohjaamo cannot do without.
 * Sorted by how many paths, then note id.
 */
export function pathsByNote(doc: Y.Doc): { readonly note: NoteId; readonly paths: readonly PathId[] }[] {
  const byNote = new Map<NoteId, PathId[]>();
  for (const path of readPaths(doc)) {
    for (const step of path.steps) {
      if (!step.note) continue;
      const paths = byNote.get(step.note.shownAs) ?? [];
      if (!paths.includes(path.id)) paths.push(path.id);
      byNote.set(step.note.shownAs, paths);
    }
  }
  return [...byNote]
    .map(([note, paths]) => ({ note, paths }))
    .sort((a, b) => b.paths.length - a.paths.length || (a.note < b.note ? -1 : 1));
}
