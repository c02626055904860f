import type { CellId, NoteView } from '@avaa/board-model';

export type NotesByCell = ReadonlyMap<CellId, readonly NoteView[]>;

/**
 * `next`, keeping `previous`'s objects where nothing changed: an unchanged note keeps its object
 * and an unchanged cell its array, so memoised cells and notes skip re-rendering; `previous`
 * itself when no cell changed.
 */
export function shareNotes(previous: NotesByCell, next: NotesByCell): NotesByCell {
  const previousNotes = new Map<string, NoteView>();
  for (const notes of previous.values()) for (const note of notes) previousNotes.set(note.id, note);
  let changed = false;
  const result = new Map<CellId, readonly NoteView[]>();
  for (const [cell, notes] of next) {
    const reused = notes.map((note) => {
      const old = previousNotes.get(note.id);
      return old && sameNote(old, note) ? old : note;
    });
    const old = previous.get(cell);
    const same = old !== undefined && old.length === reused.length && old.every((note, i) => note === reused[i]);
    if (!same) changed = true;
    result.set(cell, same ? old : reused);
  }
  return changed ? result : previous;
}

function sameNote(a: NoteView, b: NoteView): boolean {
  return (
    a.text === b.text &&
    a.cell === b.cell &&
    a.key === b.key &&
    a.colour === b.colour &&
    a.kind === b.kind &&
    a.deleted === b.deleted &&
    a.createdAt === b.createdAt &&
    a.stackedInto === b.stackedInto &&
    a.image?.id === b.image?.id &&
    a.image?.source?.kind === b.image?.source?.kind &&
    a.image?.source?.at === b.image?.source?.at &&
    sameSources(a.sources, b.sources)
  );
}

function sameSources(a: NoteView['sources'], b: NoteView['sources']): boolean {
  return (
    a.length === b.length &&
    a.every((source, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        source.group === other.group &&
        source.note === other.note &&
        source.text === other.text &&
        source.colour === other.colour &&
        source.kind === other.kind
      );
    })
  );
}
