import { type NoteId, type PathId, type PathView, PHASE_IDS, type PhaseId, type StepView } from '@avaa/board-model';

/** A step as a lane shows it: with its place in its path ("2."). */
export type LaneStep = { readonly step: StepView; readonly number: number };

/**
 * One phase of one path: its steps in path order, or nothing: `skipped` between steps (the path
 * passes the phase by), `ended` after the last step (the one-time visitor's path ends early, on
 * purpose), `empty` for a path with no steps yet.
 */
export type LaneCell = {
  readonly phase: PhaseId;
  readonly state: 'steps' | 'skipped' | 'ended' | 'empty';
  readonly steps: readonly LaneStep[];
  /** Steps here, none of them a service on the table. */
  readonly withoutService: boolean;
};

/** `index`: the path's place among the board's paths, which gives its label (`pathLabel`) and look. */
export type Lane = { readonly path: PathView; readonly index: number; readonly cells: readonly LaneCell[] };

/** Per phase, at a glance: paths with steps but no service there, paths passing it by, risks. */
export type PhaseSummary = {
  readonly phase: PhaseId;
  readonly withoutService: number;
  readonly skipped: number;
  readonly risks: number;
};

/** A note several paths use, with the paths (lettered as their lanes) that use it. */
export type SharedService = { readonly note: NoteId; readonly text: string; readonly lanes: readonly Lane[] };

/** The paths as lanes, one per path in board order, each with a cell per phase. */
export function laneLayout(paths: readonly PathView[]): readonly Lane[] {
  return paths.map((path, index) => ({ path, index, cells: cellsOf(path) }));
}

function cellsOf(path: PathView): LaneCell[] {
  const numbered = path.steps.map((step, index) => ({ step, number: index + 1 }));
  const last = path.steps.at(-1);
  const lastPhase = last ? PHASE_IDS.indexOf(last.phase) : -1;
  return PHASE_IDS.map((phase, index) => {
    const steps = numbered.filter(({ step }) => step.phase === phase);
    const state = steps.length > 0 ? 'steps' : lastPhase < 0 ? 'empty' : index > lastPhase ? 'ended' : 'skipped';
    return { phase, state, steps, withoutService: path.phasesWithoutService.includes(phase) };
  });
}

export function phaseSummaries(lanes: readonly Lane[]): readonly PhaseSummary[] {
  return PHASE_IDS.map((phase, index) => {
    const cells = lanes.map((lane) => lane.cells[index] as LaneCell);
    return {
      phase,
      withoutService: cells.filter((cell) => cell.withoutService).length,
      skipped: cells.filter((cell) => cell.state === 'skipped' || cell.state === 'ended').length,
      risks: cells.reduce((sum, cell) => sum + cell.steps.filter(({ step }) => step.risk !== null).length, 0),
    };
  });
}

/**
 * The notes at least two paths use (`byNote` is board-model's pathsByNote: a stack counts as its
 * head), most used first, each named by the note's text as a step shows it.
 */
export function sharedServices(
  lanes: readonly Lane[],
  byNote: readonly { readonly note: NoteId; readonly paths: readonly PathId[] }[],
): readonly SharedService[] {
  const laneOf = new Map(lanes.map((lane) => [lane.path.id, lane]));
  return byNote
    .filter((entry) => entry.paths.length >= 2)
    .map((entry) => {
      const using = entry.paths.flatMap((id) => laneOf.get(id) ?? []);
      return { note: entry.note, text: noteText(using, entry.note), lanes: using };
    })
    .filter((shared) => shared.lanes.length >= 2);
}

/** The head's own text when a path links the head, else that of the first linked note shown as it. */
function noteText(lanes: readonly Lane[], note: NoteId): string {
  const notes = lanes.flatMap((lane) =>
    lane.path.steps.flatMap((step) => (step.note?.shownAs === note ? step.note : [])),
  );
  return (notes.find((linked) => linked.id === note) ?? notes[0])?.text ?? '';
}
