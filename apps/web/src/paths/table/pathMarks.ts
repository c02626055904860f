import { type NoteId, type PathColour, type PathId, type PathView, pathLabel } from '@avaa/board-model';

/** One path's use of a note: which path, and the numbers of its steps there (1-based). */
export type NoteMark = {
  readonly path: PathId;
  readonly letter: string;
  readonly name: string;
  readonly colour: PathColour;
  readonly steps: readonly number[];
};

/**
 * The marks each note carries: for every shown path, the steps linked to the note as it is
 * drawn (a step on a note hidden in a stack marks the stack's head). Letters count every path,
 * shown or not, so a path keeps its letter when another is hidden.
 */
export function noteMarks(
  paths: readonly PathView[],
  shown: (path: PathId) => boolean,
): ReadonlyMap<NoteId, readonly NoteMark[]> {
  const marks = new Map<NoteId, NoteMark[]>();
  paths.forEach((path, index) => {
    if (!shown(path.id)) return;
    const byNote = new Map<NoteId, number[]>();
    path.steps.forEach((step, number) => {
      if (!step.note) return;
      const steps = byNote.get(step.note.shownAs) ?? [];
      steps.push(number + 1);
      byNote.set(step.note.shownAs, steps);
    });
    for (const [note, steps] of byNote) {
      const mark = { path: path.id, letter: pathLabel(index), name: path.name, colour: path.colour, steps };
      marks.set(note, [...(marks.get(note) ?? []), mark]);
    }
  });
  return marks;
}

/**
 * The new marks, keeping the previous array of every note whose marks did not change: a note
 * re-renders only when its own chips change.
 */
export function shareMarks(
  previous: ReadonlyMap<NoteId, readonly NoteMark[]>,
  next: ReadonlyMap<NoteId, readonly NoteMark[]>,
): ReadonlyMap<NoteId, readonly NoteMark[]> {
  const shared = new Map<NoteId, readonly NoteMark[]>();
  for (const [note, marks] of next) {
    const old = previous.get(note);
    shared.set(note, old && JSON.stringify(old) === JSON.stringify(marks) ? old : marks);
  }
  return shared;
}
