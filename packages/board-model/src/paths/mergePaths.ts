import * as Y from 'yjs';
import type { NoteId } from '../ids.ts';
import { mergedNoteId, type RecordedSource } from '../provenance.ts';
import { readNote, sourceKey } from '../schema.ts';
import { MAX_PATHS_PER_BOARD, MAX_STEPS_PER_PATH, validatePathName } from './pathRules.ts';
import { type PathId, type PathSource, pathsMap, type StepId, type StepRisk, stepsOf } from './pathSchema.ts';
import { mergedPathId } from './pathSource.ts';
import { type PathView, readPaths, type StepView } from './readPaths.ts';

/** What a merge did with the groups' paths. */
export type PathMergeCounts = {
  /** Group paths not merged before: now on the common table, with their steps. */
  readonly added: number;
  /** Steps a group added to a path merged before: now in the merged path too. */
  readonly stepsAdded: number;
};

export type PlannedStep = {
  readonly id: StepId;
  readonly phase: StepView['phase'];
  readonly key: string;
  readonly noteId: NoteId | null;
  readonly text: string;
  readonly risk: StepRisk | null;
};
export type PlannedPath = {
  readonly id: PathId;
  readonly source: PathSource;
  readonly name: string;
  readonly description: string;
  readonly colour: PathView['colour'];
  readonly createdAt: number;
  readonly steps: readonly PlannedStep[];
};
export type PathMergePlan = {
  readonly adds: readonly PlannedPath[];
  readonly steps: readonly { readonly path: PathId; readonly step: PlannedStep }[];
  readonly counts: PathMergeCounts;
};

/**
 * What merging the groups' live paths into `common` would write. Reads only. A path is merged
 * once, under its derived id: one the plenary deleted stays deleted, and of a path merged before
 * only the steps the plenary has never had come in (edits, moves and removals on either side stay
 * where they were made). Steps keep their phase, key, text and risk, and link to the merged
 * note of their group note: the one recorded as its source, else the id a merge gives it, so a
 * note not merged (yet) reads as a missing service and is linked once it arrives.
 */
export function planPathMerge(
  common: Y.Doc,
  groups: readonly { readonly group: number; readonly doc: Y.Doc }[],
  recorded: ReadonlyMap<string, RecordedSource>,
): PathMergePlan {
  const adds: PlannedPath[] = [];
  const steps: { path: PathId; step: PlannedStep }[] = [];
  // Within the limits the server holds every writer to: past them it would drop the whole merge.
  // What does not fit now comes with a later merge, once paths or steps make room.
  let room = MAX_PATHS_PER_BOARD - pathsMap(common).size;
  for (const { group, doc } of [...groups].sort((a, b) => a.group - b.group)) {
    for (const path of readPaths(doc)) {
      const id = mergedPathId(group, path.id);
      const planned = path.steps
        .slice(0, MAX_STEPS_PER_PATH)
        .map((step) => plannedStep(step, (note) => relink(doc, group, note, recorded)));
      const existing = pathsMap(common).get(id);
      if (existing === undefined) {
        const name = validatePathName(path.name);
        if (name.ok && room > 0) {
          adds.push(plannedPath(id, group, path, name.value, planned));
          room -= 1;
        }
      } else if (
        existing instanceof Y.Map &&
        existing.get('deleted') !== true &&
        existing.get('steps') instanceof Y.Map
      ) {
        const known = stepsOf(existing);
        const fresh = planned.filter((step) => !known.has(step.id));
        for (const step of fresh.slice(0, Math.max(0, MAX_STEPS_PER_PATH - known.size))) steps.push({ path: id, step });
      }
    }
  }
  return { adds, steps, counts: { added: adds.length, stepsAdded: steps.length } };
}

function plannedPath(id: PathId, group: number, path: PathView, name: string, steps: PlannedStep[]): PlannedPath {
  const { description, colour, createdAt } = path;
  return { id, source: { group, path: path.id }, name, description, colour, createdAt, steps };
}

function plannedStep(step: StepView, link: (note: NoteId) => NoteId): PlannedStep {
  const { id, phase, key, text, risk } = step;
  return { id, phase, key, noteId: step.noteId === null ? null : link(step.noteId), text, risk };
}

/** The common table's note for a group note: a stacked one counts as its stack's head there. */
function relink(doc: Y.Doc, group: number, note: NoteId, recorded: ReadonlyMap<string, RecordedSource>): NoteId {
  const shown = readNote(doc, note)?.stackedInto ?? note;
  return recorded.get(sourceKey(group, shown))?.note ?? mergedNoteId(group, shown);
}

/** Writes a plan inside the merge's transaction. Whole values only, as the note merge writes. */
export function writePathMerge(common: Y.Doc, plan: PathMergePlan): void {
  for (const path of plan.adds) {
    const entry = new Y.Map<unknown>();
    entry.set('name', path.name);
    entry.set('description', path.description);
    entry.set('colour', path.colour);
    // The source's creation time, not the merge's: both facilitators of a concurrent merge write the same.
    entry.set('createdAt', path.createdAt);
    entry.set('deleted', false);
    entry.set('source', { ...path.source });
    const steps = new Y.Map<unknown>();
    for (const step of path.steps) steps.set(step.id, stepEntry(step));
    entry.set('steps', steps);
    pathsMap(common).set(path.id, entry);
  }
  for (const { path, step } of plan.steps) {
    const entry = pathsMap(common).get(path);
    if (entry instanceof Y.Map) stepsOf(entry).set(step.id, stepEntry(step));
  }
}

function stepEntry(step: PlannedStep): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  entry.set('placement', { phase: step.phase, key: step.key });
  entry.set('noteId', step.noteId);
  entry.set('text', step.text);
  entry.set('risk', step.risk === null ? null : { ...step.risk });
  entry.set('removed', false);
  return entry;
}
