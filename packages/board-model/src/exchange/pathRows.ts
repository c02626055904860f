import { PHASE_IDS, type PhaseId } from '../template.ts';
import type { ExportedBoard, ExportedNote, ExportedPath, ExportedStep } from './types.ts';

/** A step as the board shows it: numbered, with its note while the note is on the board. */
export type ShownStep = {
  readonly number: number;
  readonly step: ExportedStep;
  /** The linked note, not deleted (a stacked one still is the service); null: a missing service. */
  readonly note: ExportedNote | null;
  /** The note's text, else the step's own: what is left when the note is gone. */
  readonly text: string;
};

export type ShownPath = {
  readonly path: ExportedPath;
  readonly steps: readonly ShownStep[];
  /** Phases with no step: the one-time visitor's path ends early, on purpose. */
  readonly skippedPhases: readonly PhaseId[];
};

/** The board's live paths in export order (oldest first), with their steps not removed, as `readPaths`. */
export function shownPaths(board: ExportedBoard): ShownPath[] {
  const notes = new Map(board.notes.filter((note) => !note.deleted).map((note) => [note.id as string, note]));
  return (board.paths ?? [])
    .filter((path) => !path.deleted)
    .map((path) => {
      const steps = path.steps
        .filter((step) => !step.removed)
        .map((step, index) => {
          const note = step.noteId === null ? null : (notes.get(step.noteId) ?? null);
          return { number: index + 1, step, note, text: note ? note.text : step.text };
        });
      const skippedPhases = PHASE_IDS.filter((phase) => !steps.some(({ step }) => step.phase === phase));
      return { path, steps, skippedPhases };
    });
}
