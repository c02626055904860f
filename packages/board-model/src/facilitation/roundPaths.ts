import type * as Y from 'yjs';
import { isNoteId, type NoteId } from '../ids.ts';
import {
  isPathColour,
  isPathId,
  isRiskKind,
  isStepId,
  type PathColour,
  type PathId,
  type StepId,
  type StepRisk,
} from '../paths/pathSchema.ts';
import { readPaths } from '../paths/readPaths.ts';
import { isPhaseId, type PhaseId } from '../template.ts';

/**
 * A service path as a round keeps it (`Round.paths`): plain values, steps in path order. A step
 * keeps what it showed (`label`: its note's text, or its own text for a free step or one whose note
 * is gone) and whether it was a missing service then, so a later comparison needs no old notes.
 */
export type RoundStep = {
  readonly id: StepId;
  readonly phase: PhaseId;
  readonly noteId: NoteId | null;
  readonly label: string;
  readonly missingService: boolean;
  readonly risk: StepRisk | null;
};

export type RoundPath = {
  readonly id: PathId;
  readonly name: string;
  readonly colour: PathColour;
  readonly steps: readonly RoundStep[];
};

/** The live paths of a board as a round keeps them, in the board's order. */
export function roundPaths(boardDoc: Y.Doc): RoundPath[] {
  return readPaths(boardDoc).map((path) => ({
    id: path.id,
    name: path.name,
    colour: path.colour,
    steps: path.steps.map((step) => ({
      id: step.id,
      phase: step.phase,
      noteId: step.noteId,
      label: step.note?.text ?? step.text,
      missingService: step.missingService,
      risk: step.risk,
    })),
  }));
}

/**
 * A round's paths as stored, or null for a round closed before rounds kept paths (there is nothing
 * to compare with: every path would look added). Malformed paths and steps are left out.
 */
export function readRoundPaths(value: unknown): RoundPath[] | null {
  if (!Array.isArray(value)) return null;
  return value.map(asRoundPath).filter((path): path is RoundPath => path !== undefined);
}

function asRoundPath(value: unknown): RoundPath | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, name, colour, steps } = value as Record<string, unknown>;
  if (!isPathId(id) || typeof name !== 'string' || !isPathColour(colour) || !Array.isArray(steps)) return undefined;
  return { id, name, colour, steps: steps.map(asRoundStep).filter((step): step is RoundStep => step !== undefined) };
}

function asRoundStep(value: unknown): RoundStep | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, phase, noteId, label, missingService, risk } = value as Record<string, unknown>;
  if (!isStepId(id) || !isPhaseId(phase) || typeof label !== 'string' || typeof missingService !== 'boolean') {
    return undefined;
  }
  return { id, phase, noteId: isNoteId(noteId) ? noteId : null, label, missingService, risk: asRisk(risk) };
}

function asRisk(value: unknown): StepRisk | null {
  if (typeof value !== 'object' || value === null) return null;
  const { kind, reason } = value as Record<string, unknown>;
  return isRiskKind(kind) && typeof reason === 'string' ? { kind, reason } : null;
}
