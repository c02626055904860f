import { type PathColour, type PhaseId, pathLabel, type RiskKind, readPaths } from '@avaa/board-model';

/** One step of a path as the path PDFs print it. */
export type PrintableStep = {
  /** From 1, in path order: what the sheet, the lanes and the table's markers print. */
  readonly number: number;
  readonly phase: PhaseId;
  /** The note drawn for it on the table (a stack's head), null for a missing service. */
  readonly noteId: string | null;
  /** The linked note's text; for a missing service the step's own text (what is missing). */
  readonly text: string;
  /** A linked step's own words beside its note; empty when it has none. */
  readonly comment: string;
  /** A free step, or a note that was deleted: no service on the table here. */
  readonly missingService: boolean;
  readonly risk: { readonly kind: RiskKind; readonly reason: string } | null;
};

/** A service path: a client archetype's route through the phases, lettered as the board lists it. */
export type PrintablePath = {
  readonly id: string;
  /** "A", "B", …: `pathLabel` of its place, oldest path first, as the board shows it. */
  readonly label: string;
  readonly name: string;
  readonly description: string;
  readonly colour: PathColour;
  readonly steps: readonly PrintableStep[];
  /** Phases without a step: the one-time visitor's path ends early, on purpose. */
  readonly skippedPhases: readonly PhaseId[];
};

/** A board's live paths as plain data for the renderers. */
export function pathsFromDoc(doc: Parameters<typeof readPaths>[0]): PrintablePath[] {
  return readPaths(doc).map((path, index) => ({
    id: path.id,
    label: pathLabel(index),
    name: path.name,
    description: path.description,
    colour: path.colour,
    skippedPhases: path.skippedPhases,
    steps: path.steps.map((step, i) => ({
      number: i + 1,
      phase: step.phase,
      noteId: step.note ? step.note.shownAs : null,
      text: step.note ? step.note.text : step.text,
      comment: step.note ? step.text : '',
      missingService: step.missingService,
      risk: step.risk,
    })),
  }));
}
