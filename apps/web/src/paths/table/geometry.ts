import type { NoteId, PathColour, PathId, PathView, PhaseId } from '@avaa/board-model';
import { pathDash, pathLetter } from './pathLook.ts';

/** A box on the table, in the overlay's coordinates (CSS pixels from its top left corner). */
export type Box = { readonly left: number; readonly top: number; readonly width: number; readonly height: number };

/** Where the table's parts are now: the notes drawn (by id) and the phases' column headers. */
export type TableLayout = {
  readonly notes: ReadonlyMap<NoteId, Box>;
  readonly phases: ReadonlyMap<PhaseId, Box>;
};

/** A numbered marker of a step: on its note, or for a missing service at its phase's column top. */
export type StepMarker = {
  readonly x: number;
  readonly y: number;
  /** "A3": the path's letter and the step's number. */
  readonly label: string;
  readonly missing: boolean;
};

export type PathLine = {
  readonly path: PathId;
  readonly letter: string;
  readonly colour: PathColour;
  readonly dash: string;
  readonly markers: readonly StepMarker[];
};

/**
 * Markers sit on a note's top edge, in the room a note on a path keeps free above its text (see
 * `.note--on-path`), so neither they nor the line between them hide what the note says. Markers
 * sharing a note (several paths, or one path coming back) line up along the edge this far apart.
 */
export const MARKER_STEP = 38;
/** The first marker's centre from a note's left edge. */
export const MARKER_LEFT = 20;
/** Missing services side by side along the phase header's bottom edge. */
export const FREE_STEP = 40;
const FREE_LEFT = 24;

/**
 * The lines over the table: per shown path (with its index among all the board's paths, which
 * gives its letter and dash), one marker per step whose note or phase is on screen, in order.
 * A step whose note is not drawn (filtered out, or the list view) leaves a gap in the numbers
 * but not in the line.
 */
export function pathLines(paths: readonly { path: PathView; index: number }[], layout: TableLayout): PathLine[] {
  const used = new Map<string, number>();
  const slot = (key: string) => {
    const taken = used.get(key) ?? 0;
    used.set(key, taken + 1);
    return taken;
  };
  return paths.map(({ path, index }) => {
    const letter = pathLetter(index);
    const markers: StepMarker[] = [];
    path.steps.forEach((step, i) => {
      const label = `${letter}${i + 1}`;
      const note = step.note ? layout.notes.get(step.note.shownAs) : undefined;
      if (note && step.note) {
        const k = slot(`note:${step.note.shownAs}`);
        markers.push({ x: note.left + MARKER_LEFT + k * MARKER_STEP, y: note.top, label, missing: false });
        return;
      }
      const phase = step.note ? undefined : layout.phases.get(step.phase);
      if (!phase) return;
      const k = slot(`phase:${step.phase}`);
      markers.push({ x: phase.left + FREE_LEFT + k * FREE_STEP, y: phase.top + phase.height, label, missing: true });
    });
    return { path: path.id, letter, colour: path.colour, dash: pathDash(index), markers };
  });
}

/** The SVG polyline points of a line through its markers. */
export function linePoints(markers: readonly StepMarker[]): string {
  return markers.map((marker) => `${Math.round(marker.x)},${Math.round(marker.y)}`).join(' ');
}

/** Two layouts alike to the pixel: re-measuring an unchanged table renders nothing. */
export function sameLayout(a: TableLayout, b: TableLayout): boolean {
  return sameBoxes(a.notes, b.notes) && sameBoxes(a.phases, b.phases);
}

function sameBoxes<K>(a: ReadonlyMap<K, Box>, b: ReadonlyMap<K, Box>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, box] of a) {
    const other = b.get(key);
    if (!other || !sameBox(box, other)) return false;
  }
  return true;
}

function sameBox(a: Box, b: Box): boolean {
  return (
    Math.round(a.left) === Math.round(b.left) &&
    Math.round(a.top) === Math.round(b.top) &&
    Math.round(a.width) === Math.round(b.width) &&
    Math.round(a.height) === Math.round(b.height)
  );
}
