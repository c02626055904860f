import * as Y from 'yjs';
import type { PersonId } from '../groups/participants.ts';
import { cryptoRandom, isNoteId, type NoteId } from '../ids.ts';
import type { OperationOptions } from '../operations/createNote.ts';
import type { Position } from '../operations/position.ts';
import { fail, ok, type Result } from '../result.ts';
import { readNote } from '../schema.ts';
import { isPhaseId, type PhaseId, parseCellId } from '../template.ts';
import { MAX_STEPS_PER_PATH, validateRisk, validateStepText } from './pathRules.ts';
import { livePathEntry, newStepId, type PathId, type StepId, type StepRisk, stepsOf } from './pathSchema.ts';
import { stepKey } from './stepPosition.ts';

/**
 * A step linked to a note of the board (its phase defaults to the note's), or, with no `noteId`,
 * a free step in `phase` whose `text` names a service the table does not have.
 */
export type NewStep = {
  readonly noteId?: NoteId;
  readonly phase?: PhaseId;
  readonly text?: string;
  readonly risk?: StepRisk | null;
  /** Where in the path: an index among its steps, or either end (default: the end). */
  readonly position?: Position;
  /** Who adds it: on the common table their Undo may then take the step's entry back. */
  readonly createdBy?: PersonId;
};

type ValidStep = { phase: PhaseId; noteId: NoteId | null; text: string; risk: StepRisk | null };

/** Adds a step to a path. Returns its id. */
export function addStep(doc: Y.Doc, path: PathId, step: NewStep, options: OperationOptions = {}): Result<StepId> {
  const entry = livePathEntry(doc, path);
  if (!entry) return fail('unknown-path');
  if (stepsOf(entry).size >= MAX_STEPS_PER_PATH) return fail('too-many-steps');
  const valid = validateNewStep(doc, step);
  if (!valid.ok) return valid;
  const random = options.random ?? cryptoRandom;
  const id = newStepId(random);
  doc.transact(() => {
    const key = stepKey(entry, step.position ?? 'end', undefined, random);
    const stepEntry = new Y.Map<unknown>();
    stepEntry.set('placement', { phase: valid.value.phase, key });
    stepEntry.set('noteId', valid.value.noteId);
    stepEntry.set('text', valid.value.text);
    stepEntry.set('risk', valid.value.risk);
    stepEntry.set('removed', false);
    if (step.createdBy !== undefined) stepEntry.set('createdBy', step.createdBy);
    stepsOf(entry).set(id, stepEntry);
  });
  return ok(id);
}

function validateNewStep(doc: Y.Doc, step: NewStep): Result<ValidStep> {
  let phase = step.phase;
  if (step.noteId !== undefined) {
    const notePhase = linkablePhase(doc, step.noteId);
    if (!notePhase.ok) return notePhase;
    phase ??= notePhase.value;
  }
  if (!isPhaseId(phase)) return fail('unknown-phase');
  const text = validateStepText(step.text ?? '', step.noteId !== undefined);
  if (!text.ok) return text;
  const risk = validateRisk(step.risk ?? null);
  if (!risk.ok) return risk;
  return ok({ phase, noteId: step.noteId ?? null, text: text.value, risk: risk.value });
}

/** The phase of a note a step may link to: one on the board, neither deleted nor hidden in a stack. */
function linkablePhase(doc: Y.Doc, id: NoteId): Result<PhaseId> {
  const note = isNoteId(id) ? readNote(doc, id) : undefined;
  if (!note) return fail('unknown-note');
  if (note.deleted) return fail('note-deleted');
  if (note.stackedInto !== undefined) return fail('note-stacked');
  return ok(parseCellId(note.cell).phase);
}
