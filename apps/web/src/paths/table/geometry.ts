import { type NoteId, type PathColour, type PathId, type PathView, type PhaseId, pathLabel } from '@avaa/board-model';
import { pathDash } from '../pathLook.ts';

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
  /** The x of the lane the line runs up and down in: the note's handle strip, where no text is. */
  readonly lane: number;
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
  /** The line's corners, through every marker (see `routeLine`). */
  readonly points: string;
};

/**
 * Markers sit on a note's top edge, in the room a note on a path keeps free above its text (see
 * `.note--on-path`), so neither they nor the line hide what the note says. Markers sharing a
 * note (several paths, or one path coming back) line up along the edge, this far apart.
 */
export const MARKER_GAP = 4;
/** The handle strip's middle from a note's left edge: the first marker's centre and the line's lane. */
export const LANE = 18;
export const MARKER_HEIGHT = 24;
/** Where the first missing service of a phase sits on its header's bottom edge. */
const FREE_LEFT = 10;

/** A marker's width, enough for its label ("A12 !" for a missing service). */
export function markerWidth(label: string, missing: boolean): number {
  return Math.max(MARKER_HEIGHT, 10 + (label.length + (missing ? 2 : 0)) * 9);
}

/**
 * The lines over the table: per shown path (with its index among all the board's paths, which
 * gives its letter and dash), one marker per step whose note or phase is on screen, in order.
 * A step whose note is not drawn (filtered out, or the list view) leaves a gap in the numbers
 * but not in the line.
 */
export function pathLines(paths: readonly { path: PathView; index: number }[], layout: TableLayout): PathLine[] {
  const used = new Map<string, number>();
  // The next free x along a note's top edge or a header's bottom edge, from its left.
  const place = (key: string, start: number, width: number) => {
    const taken = used.get(key) ?? start - width / 2 - MARKER_GAP;
    used.set(key, taken + MARKER_GAP + width);
    return taken + MARKER_GAP + width / 2;
  };
  return paths.map(({ path, index }, shownIndex) => {
    const letter = pathLabel(index);
    const markers: StepMarker[] = [];
    path.steps.forEach((step, i) => {
      const label = `${letter}${i + 1}`;
      const note = step.note ? layout.notes.get(step.note.shownAs) : undefined;
      if (note && step.note) {
        const x = note.left + place(`note:${step.note.shownAs}`, LANE, markerWidth(label, false));
        markers.push({ x, y: note.top, lane: note.left + LANE, label, missing: false });
        return;
      }
      const phase = step.note ? undefined : layout.phases.get(step.phase);
      if (!phase) return;
      const width = markerWidth(label, true);
      const x = phase.left + place(`phase:${step.phase}`, FREE_LEFT + width / 2, width);
      markers.push({ x, y: phase.top + phase.height, lane: x, label, missing: true });
    });
    const dash = pathDash(index);
    return { path: path.id, letter, colour: path.colour, dash, markers, points: routeLine(markers, shownIndex) };
  });
}

/** Paths sharing a lane run side by side in it, this far apart. */
const LANE_SHIFT = 5;

/**
 * The line through the markers, in right angles so that it runs where notes have no text: along
 * note tops (the room the markers sit in) and up and down the handle strips. Going right it
 * leaves along the top edge and comes down the next note's strip; going left (or in one column)
 * it goes down its own strip first and comes in along the next note's top edge. Each shown path
 * has its own offset in a strip, so two lines in one lane stay apart.
 */
export function routeLine(markers: readonly StepMarker[], shownIndex = 0): string {
  const shift = ((shownIndex % 3) - 1) * LANE_SHIFT;
  const points: [number, number][] = [];
  markers.forEach((marker, i) => {
    const previous = markers[i - 1];
    if (previous) {
      const rightward = marker.lane > previous.lane + 1;
      const laneX = (rightward ? marker.lane : previous.lane) + shift;
      points.push([laneX, previous.y], [laneX, marker.y]);
    }
    points.push([marker.x, marker.y]);
  });
  return points.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`).join(' ');
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
